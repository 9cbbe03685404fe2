import { PasswordStep } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { stateStories, stepStates } from './states'

const states = stepStates(
  {
    step: { name: 'password' },
    identifier: 'ada@example.com',
    canGoBack: true,
    strategies: ['password', 'email_code'],
  },
  'password',
)
const stories = stateStories(states, { control: (canvas) => canvas.getByLabelText('Password'), submit: 'Continue' })

/** The account's password, with "forgot password", another method and a way back. */
const meta = {
  title: 'Steps/PasswordStep',
  component: PasswordStep,
  args: { flow: states.idle, disabled: false },
  parameters: { sandbox: false },
} satisfies Meta<typeof PasswordStep>

export default meta
type Story = StoryObj<typeof meta>

export const IdleInteraction: Story = {
  ...stories.Idle,
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByLabelText('Password'), 'correct horse{Enter}')
    await expect(args.flow?.submitPassword).toHaveBeenCalledWith('correct horse')
    await userEvent.click(canvas.getByRole('button', { name: 'Forgot password?' }))
    await expect(args.flow?.forgotPassword).toHaveBeenCalled()
  },
}

/** Idle, as it opens: nothing done to it. */
export const Idle: Story = { ...IdleInteraction, play: undefined }
export const Pending: Story = stories.Pending
export const WrongPassword: Story = stories.FieldError
export const GlobalError: Story = stories.GlobalError
export const RateLimited: Story = stories.RateLimited
export const Disabled: Story = stories.Disabled
