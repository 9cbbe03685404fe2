import { CodeStep } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { stepStates } from './states'

const states = stepStates(
  {
    step: { name: 'first-factor', strategy: 'email_code', safeIdentifier: 'a***@example.com' },
    identifier: 'ada@example.com',
    canGoBack: true,
    strategies: ['email_code', 'password'],
  },
  'code',
)

/** A six-digit code sent by email or SMS: digits only, paste a whole message, auto-submit, resend. */
const meta = {
  title: 'Steps/CodeStep',
  component: CodeStep,
  args: { flow: states.idle, disabled: false },
  parameters: { sandbox: false },
} satisfies Meta<typeof CodeStep>

export default meta
type Story = StoryObj<typeof meta>

const code = (canvas: HTMLElement) => within(canvas).getByRole('textbox', { name: 'Verification code' })

export const IdleInteraction: Story = {
  play: async ({ args, canvasElement }) => {
    await userEvent.type(code(canvasElement), '12 34-56')
    await expect(code(canvasElement)).toHaveValue('123456')
    await expect(args.flow?.submitCode).toHaveBeenCalledWith('123456')
  },
}

/** Idle, as it opens: nothing done to it. */
export const Idle: Story = { ...IdleInteraction, play: undefined }

export const Pending: Story = {
  args: { flow: states.pending },
  play: async ({ args, canvasElement }) => {
    const verify = within(canvasElement).getByRole('button', { name: 'Continuing…' })
    await expect(verify).toHaveAttribute('aria-busy', 'true')
    await userEvent.click(verify)
    await expect(args.flow?.submitCode).not.toHaveBeenCalled()
  },
}

export const WrongCode: Story = {
  args: { flow: states.fieldError },
  play: async ({ canvasElement }) => {
    await expect(code(canvasElement)).toHaveAttribute('aria-invalid', 'true')
    await expect(code(canvasElement)).toHaveAccessibleDescription('That doesn’t look right.')
  },
}

export const Offline: Story = {
  args: { flow: states.globalError },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('You seem to be offline')
  },
}

export const RateLimited: Story = {
  args: { flow: states.rateLimited },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(/Try again in \d+s/)
  },
}

export const ResendCooldown: Story = {
  args: { flow: states.resendCooldown },
  play: async ({ canvasElement }) => {
    const resend = within(canvasElement).getByRole('button', { name: /Resend code in \d+s/ })
    await expect(resend).toHaveAttribute('data-status', 'waiting')
  },
}

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    await expect(code(canvasElement)).toBeDisabled()
  },
}
