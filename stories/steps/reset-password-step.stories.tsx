import { ResetPasswordStep } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { stateStories, stepStates } from './states'

const states = stepStates({ step: { name: 'new-password' } }, 'newPassword')
const stories = stateStories(states, {
  control: (canvas) => canvas.getByLabelText('New password'),
  submit: 'Reset password',
})

/** A new password (after a reset code, or when Clerk asks), optionally signing out other devices. */
const meta = {
  title: 'Steps/ResetPasswordStep',
  component: ResetPasswordStep,
  args: { flow: states.idle, disabled: false },
  parameters: { sandbox: false },
} satisfies Meta<typeof ResetPasswordStep>

export default meta
type Story = StoryObj<typeof meta>

export const IdleInteraction: Story = {
  ...stories.Idle,
  play: async ({ args, canvasElement }) => {
    await userEvent.type(within(canvasElement).getByLabelText('New password'), 'a-new-passw0rd{Enter}')
    await expect(args.flow?.submitNewPassword).toHaveBeenCalledWith('a-new-passw0rd', { signOutOfOtherSessions: true })
  },
}

/** Idle, as it opens: nothing done to it. */
export const Idle: Story = { ...IdleInteraction, play: undefined }
export const Pending: Story = stories.Pending
export const WeakPassword: Story = stories.FieldError
export const GlobalError: Story = stories.GlobalError
export const RateLimited: Story = stories.RateLimited
export const Disabled: Story = stories.Disabled
