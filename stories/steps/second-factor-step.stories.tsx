import type { SignInOrUpStep } from '@flowkit/flows'
import { SecondFactorStep } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { stateStories, stepStates } from './states'

const step: Extract<SignInOrUpStep, { name: 'second-factor' }> = {
  name: 'second-factor',
  strategy: 'phone_code',
  available: ['phone_code', 'totp', 'backup_code'],
  safeIdentifier: '+1 *** *** 0100',
}
const states = stepStates({ step, canGoBack: true }, 'code')
const stories = stateStories(states, {
  control: (canvas) => canvas.getByRole('textbox', { name: 'Verification code' }),
  submit: 'Verify',
})

/** The second factor: authenticator app, SMS or email code, or a backup code; switch between them. */
const meta = {
  title: 'Steps/SecondFactorStep',
  component: SecondFactorStep,
  args: { flow: states.idle, disabled: false },
  parameters: { sandbox: false },
} satisfies Meta<typeof SecondFactorStep>

export default meta
type Story = StoryObj<typeof meta>

export const IdleInteraction: Story = {
  ...stories.Idle,
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Use a backup code' }))
    await expect(args.flow?.chooseSecondFactor).toHaveBeenCalledWith('backup_code')
  },
}

/** Idle, as it opens: nothing done to it. */
export const Idle: Story = { ...IdleInteraction, play: undefined }
export const Pending: Story = stories.Pending
export const WrongCode: Story = stories.FieldError
export const GlobalError: Story = stories.GlobalError
export const RateLimited: Story = stories.RateLimited
export const Disabled: Story = stories.Disabled

export const ResendCooldown: Story = {
  args: { flow: states.resendCooldown },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: /Resend code in \d+s/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
  },
}

export const AuthenticatorApp: Story = {
  args: { flow: stepStates({ step: { ...step, strategy: 'totp' } }, 'code').idle },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Enter the code from your authenticator app.')).toBeVisible()
  },
}

export const BackupCode: Story = {
  args: { flow: stepStates({ step: { ...step, strategy: 'backup_code' } }, 'code').idle },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Backup code' })).toHaveAttribute(
      'autocomplete',
      'off',
    )
  },
}
