import type { SignInOrUpStep } from '@flowkit/flows'
import { ProtectCheckStep } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { createFlow, flowError } from '../../packages/ui/test/flow-fixture'

const step: Extract<SignInOrUpStep, { name: 'protect-check' }> = {
  name: 'protect-check',
  attempt: 'sign-in',
  challenge: { token: 'pchk_1.harbor', sdkUrl: 'https://clerk.example.com/v1/protect/sdk.js' },
}
const flow = (overrides = {}) => createFlow({ step, passProtectCheck: fn(), ...overrides })
/** A challenge script that is still waiting for the user (no Clerk here: the point is the markup). */
const waiting = async () => ({ default: () => new Promise<string>(() => {}) })
/** A challenge script that could not be fetched (offline, blocked). */
const unreachable = async () => {
  throw new TypeError('Failed to fetch dynamically imported module')
}

/** Clerk Protect's check: the challenge running, a script that would not load, and a failed check. */
const meta = {
  title: 'Steps/ProtectCheckStep',
  component: ProtectCheckStep,
  args: { flow: flow(), loadProtectScript: waiting },
  parameters: { sandbox: false },
} satisfies Meta<typeof ProtectCheckStep>

export default meta
type Story = StoryObj<typeof meta>

export const Running: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('heading', { name: 'Checking your browser' })).toBeVisible()
    await expect(await canvas.findByText('Running a quick check…')).toBeVisible()
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull()
  },
}

export const ScriptFailed: Story = {
  args: { loadProtectScript: fn(unreachable) },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The check couldn’t run. Try again.')
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await expect(args.loadProtectScript).toHaveBeenCalledTimes(2)
  },
}

export const CheckFailed: Story = {
  args: { flow: flow({ error: flowError('protect_check_failed', 'The check didn’t pass. Try again.') }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('The check didn’t pass. Try again.')
  },
}

export const SignUp: Story = {
  args: { flow: flow({ step: { ...step, attempt: 'sign-up' }, intent: 'sign-up' }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Checking your browser' })).toBeVisible()
  },
}
