import { IdentifierStep } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { stateStories, stepStates } from './states'

const states = stepStates({ socialProviders: [{ strategy: 'oauth_google', name: 'Google' }] }, 'identifier')
const stories = stateStories(states, {
  control: (canvas) => canvas.getByRole('textbox', { name: 'Email address' }),
  submit: 'Continue',
})

/** The first step: an email address, phone number or username, and social sign-in. */
const meta = {
  title: 'Steps/IdentifierStep',
  component: IdentifierStep,
  args: { flow: states.idle, disabled: false },
  parameters: { sandbox: false },
} satisfies Meta<typeof IdentifierStep>

export default meta
type Story = StoryObj<typeof meta>

export const IdleInteraction: Story = {
  ...stories.Idle,
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('textbox', { name: 'Email address' }), 'ada@example.com{Enter}')
    await expect(args.flow?.submitIdentifier).toHaveBeenCalledWith('ada@example.com')
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Google' }))
    await expect(args.flow?.signInWithProvider).toHaveBeenCalledWith('oauth_google')
  },
}

/** Idle, as it opens: nothing done to it. */
export const Idle: Story = { ...IdleInteraction, play: undefined }
export const Pending: Story = stories.Pending
export const FieldError: Story = stories.FieldError
export const GlobalError: Story = stories.GlobalError
export const RateLimited: Story = stories.RateLimited
export const Disabled: Story = stories.Disabled

/** Email, phone or username: the label and input type follow what the instance accepts. */
export const AnyIdentifier: Story = {
  args: { flow: stepStates({ identifierKinds: ['email_address', 'phone_number', 'username'] }, 'identifier').idle },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Email, phone number or username' })
    await expect(input).toHaveAttribute('autocomplete', 'username')
  },
}
