import type { ResetPasswordTaskController } from '@flowkit/flows'
import { ResetPasswordTask } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { createResetPasswordTask, fieldError, flowError } from '../../packages/ui/test/flow-fixture'

const task = (overrides: Partial<ResetPasswordTaskController> = {}) =>
  createResetPasswordTask({ submit: fn(), ...overrides })

/** The `reset-password` session task: a signed-in user whose password must change. */
const meta = {
  title: 'Tasks/ResetPasswordTask',
  component: ResetPasswordTask,
  args: { task: task(), disabled: false },
  parameters: { sandbox: false },
} satisfies Meta<typeof ResetPasswordTask>

export default meta
type Story = StoryObj<typeof meta>

const password = (canvas: HTMLElement) => within(canvas).getByLabelText('New password')

export const IdleInteraction: Story = {
  play: async ({ args, canvasElement }) => {
    await userEvent.type(password(canvasElement), 'a-new-passw0rd{Enter}')
    await expect(args.task?.submit).toHaveBeenCalledWith({ password: 'a-new-passw0rd', signOutOfOtherSessions: true })
  },
}

/** Idle, as it opens: nothing done to it. */
export const Idle: Story = { ...IdleInteraction, play: undefined }

export const Pending: Story = {
  args: { task: task({ isPending: true }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Continuing…' })).toHaveAttribute('data-pending', '')
  },
}

export const WeakPassword: Story = {
  args: {
    task: task({ error: fieldError('newPassword', 'weak_password', 'This password was found in a data breach.') }),
  },
  play: async ({ canvasElement }) => {
    // The error first, then the live hint of the rules.
    await expect(password(canvasElement)).toHaveAccessibleDescription(/^This password was found in a data breach\./)
  },
}

export const GlobalError: Story = {
  args: { task: task({ error: flowError('server', 'Something went wrong on our side.') }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('Something went wrong')
  },
}

export const RateLimited: Story = {
  args: { task: task({ error: flowError('rate_limited', 'Too many attempts.', { retryAfterSeconds: 45 }) }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(/Try again in \d+s/)
  },
}

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    await expect(password(canvasElement)).toBeDisabled()
  },
}
