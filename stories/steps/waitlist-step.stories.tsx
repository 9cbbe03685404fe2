import { WaitlistStep } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { createWaitlist, fieldError, flowError } from '../../packages/ui/test/flow-fixture'

const waitlist = (overrides: Parameters<typeof createWaitlist>[0] = {}) => createWaitlist({ join: fn(), ...overrides })

/** An email address to put on the waitlist (`useJoinWaitlist`). */
const meta = {
  title: 'Steps/WaitlistStep',
  component: WaitlistStep,
  args: { waitlist: waitlist(), disabled: false },
  parameters: { sandbox: false },
} satisfies Meta<typeof WaitlistStep>

export default meta
type Story = StoryObj<typeof meta>

const emailField = (canvasElement: HTMLElement) => within(canvasElement).getByRole('textbox', { name: 'Email address' })

export const Idle: Story = {
  play: async ({ args, canvasElement }) => {
    await userEvent.type(emailField(canvasElement), 'grace@example.com{Enter}')
    await expect(args.waitlist?.join).toHaveBeenCalledWith('grace@example.com')
  },
}

export const Pending: Story = {
  args: { waitlist: waitlist({ isPending: true, emailAddress: 'grace@example.com' }) },
  play: async ({ canvasElement }) => {
    const submit = within(canvasElement).getByRole('button', { name: 'Continuing…' })
    await expect(submit).toHaveAttribute('aria-busy', 'true')
    await expect(submit).toHaveAttribute('data-pending', '')
  },
}

/** Not an email address: refused before any request, on the field. */
export const InvalidEmail: Story = {
  args: {
    waitlist: waitlist({
      emailAddress: 'grace-at-example',
      fieldError: fieldError('emailAddress', 'invalid_input', 'Enter a valid email address.'),
    }),
  },
  play: async ({ canvasElement }) => {
    const input = emailField(canvasElement)
    await expect(input).toHaveAttribute('aria-invalid', 'true')
    await expect(input).toHaveAccessibleDescription('Enter a valid email address.')
  },
}

export const GlobalError: Story = {
  args: { waitlist: waitlist({ error: flowError('network', 'You seem offline. Try again.') }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('You seem offline')
  },
}

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    await expect(emailField(canvasElement)).toBeDisabled()
  },
}
