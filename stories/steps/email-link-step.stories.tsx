import { EmailLinkStep } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { stepStates } from './states'

const states = stepStates({ step: { name: 'email-link', safeIdentifier: 'a***@example.com' }, canGoBack: true }, 'code')

/** Waiting for the emailed sign-in link to be opened. */
const meta = {
  title: 'Steps/EmailLinkStep',
  component: EmailLinkStep,
  args: { flow: states.idle },
  parameters: { sandbox: false },
} satisfies Meta<typeof EmailLinkStep>

export default meta
type Story = StoryObj<typeof meta>

export const IdleInteraction: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('We sent a sign-in link to a***@example.com.')).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Resend link' }))
    await expect(args.flow?.resendCode).toHaveBeenCalled()
  },
}

/** Idle, as it opens: nothing done to it. */
export const Idle: Story = { ...IdleInteraction, play: undefined }

export const ResendCooldown: Story = {
  args: { flow: states.resendCooldown },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: /in \d+s/ })).toHaveAttribute(
      'data-status',
      'waiting',
    )
  },
}

export const RateLimited: Story = {
  args: { flow: states.rateLimited },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(/Try again in \d+s/)
  },
}
