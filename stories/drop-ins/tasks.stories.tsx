import { TaskChooseOrganization, TaskResetPassword, TaskSetupMFA } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { sandboxOf } from '../../.storybook/sandbox'
import { presets, type Sandbox } from '../../packages/sandbox/src'
import { enter, enterCode, expectNavigation, step } from './journey'

const password = 'correct-horse-battery'
const signedIn = (sandbox: Sandbox) => void sandbox.startSession('ada@example.com')

/**
 * The session-task drop-ins on their own pages, as with Clerk's `taskUrls`: the story starts
 * signed in with a pending task and finishes it.
 */
const meta = {
  title: 'Drop-ins/Tasks',
  component: TaskChooseOrganization,
  args: { navigate: fn(), redirectUrlComplete: '/app', fallback: <p>Loading…</p> },
  // Each story sets its whole sandbox: Storybook merges parameters deeply, so a shared one would leak.
} satisfies Meta<typeof TaskChooseOrganization>

export default meta
type Story = StoryObj<typeof meta>

export const ChooseOrganization: Story = {
  parameters: {
    sandbox: {
      ...presets.forcedOrganizations,
      organizations: [{ name: 'Acme' }, { name: 'Globex' }],
      users: [{ emailAddress: 'ada@example.com', organizations: ['acme'] }],
      setup: signedIn,
    },
  },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    await step(canvas, 'Choose an organization')
    await userEvent.click(canvas.getByRole('button', { name: 'Acme' }))
    await expectNavigation(args.navigate, '/app')
  },
}

export const ResetPassword: Story = {
  render: (args) => <TaskResetPassword {...args} />,
  parameters: {
    sandbox: {
      instance: { ...presets.emailPassword.instance, clientTrust: false },
      users: [{ emailAddress: 'ada@example.com', password, passwordCompromised: true }],
      setup: signedIn,
    },
  },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    await step(canvas, 'Set a new password')
    await enter(userEvent, canvas, 'New password', 'a-much-better-passw0rd')
    await expectNavigation(args.navigate, '/app')
  },
}

export const SetupMFA: Story = {
  render: (args) => <TaskSetupMFA {...args} />,
  parameters: {
    sandbox: { ...presets.mfaRequired, users: [{ emailAddress: 'ada@example.com', password }], setup: signedIn },
  },
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await step(canvas, 'Set up two-step verification')
    await userEvent.click(canvas.getByRole('button', { name: 'Set up authenticator app' }))
    const secret = (await canvas.findByText(/^[A-Z2-7]{16,}$/, {}, { timeout: 5000 })).textContent ?? ''
    await enterCode(userEvent, canvas, sandboxOf(context).totpCode(secret))
    await expect(await canvas.findByRole('list', {}, { timeout: 5000 })).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'I’ve saved my backup codes' }))
    await expectNavigation(context.args.navigate, '/app')
  },
}
