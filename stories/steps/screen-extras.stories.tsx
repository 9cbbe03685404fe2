import type { SignInOrUpStep } from '@flowkit/flows'
import { CodeStep, IdentifierStep, PasswordStep, ResetPasswordStep } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { stepStates } from './states'

// What else Clerk's prebuilt screen shows: WhatsApp as a phone code's channel, “edit” on the
// identifier, the live password hint, and the “last used” badge.
const texted: Extract<SignInOrUpStep, { name: 'first-factor' }> = {
  name: 'first-factor',
  strategy: 'phone_code',
  safeIdentifier: '+1 *** *** 0100',
}
const code = stepStates({ step: texted, identifier: '+15555550100', offers: () => true }, 'code')

/** The four extras of issue 15 §6, each on the step that shows it. */
const meta = {
  title: 'Steps/Screen extras',
  component: CodeStep,
  args: { flow: code.idle },
  parameters: { sandbox: false },
} satisfies Meta<typeof CodeStep>

export default meta
type Story = StoryObj<typeof meta>

export const SendWithWhatsApp: Story = {
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Send with WhatsApp instead' }))
    await expect(args.flow?.resendCode).toHaveBeenCalledWith({ channel: 'whatsapp' })
  },
}

export const SentWithWhatsApp: Story = {
  args: {
    flow: stepStates(
      { step: { ...texted, phoneChannel: 'whatsapp' }, identifier: '+15555550100', offers: () => true },
      'code',
    ).idle,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText(/on WhatsApp\./)).toBeVisible()
    await expect(canvas.queryByRole('button', { name: 'Send with WhatsApp instead' })).toBeNull()
  },
}

export const EditOnCode: Story = {
  args: { flow: stepStates({ step: texted, identifier: '+15555550100', startOver: fn() }, 'code').idle },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Edit +15555550100' }))
    await expect(args.flow?.startOver).toHaveBeenCalled()
  },
}

export const EditOnPassword: Story = {
  render: (args) => <PasswordStep flow={args.flow} />,
  args: {
    flow: stepStates({ step: { name: 'password' }, identifier: 'ada@example.com', startOver: fn() }, 'password').idle,
  },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Edit ada@example.com' }))
    await expect(args.flow?.startOver).toHaveBeenCalled()
  },
}

export const PasswordHint: Story = {
  render: (args) => <ResetPasswordStep flow={args.flow} />,
  args: { flow: stepStates({ step: { name: 'new-password' } }, 'newPassword').idle },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const hint = canvas.getByText('At least 8 characters: not yet')
    await expect(hint.parentElement).toHaveAttribute('aria-live', 'polite')
    await userEvent.type(canvas.getByLabelText('New password'), 'long-enough')
    await expect(canvas.getByText('At least 8 characters: met')).toHaveAttribute('data-met', '')
    await expect(canvas.getByText(/^Strength: /)).toBeVisible()
  },
}

export const LastUsedSocial: Story = {
  render: (args) => <IdentifierStep flow={args.flow} />,
  args: {
    flow: stepStates(
      {
        socialProviders: [
          { strategy: 'oauth_google', name: 'Google' },
          { strategy: 'oauth_github', name: 'GitHub' },
        ],
        lastStrategy: 'oauth_github',
      },
      'identifier',
    ).idle,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('button', { name: /GitHub.*Last used/ })).toBeVisible()
    await expect(canvas.queryByRole('button', { name: /Google.*Last used/ })).toBeNull()
  },
}
