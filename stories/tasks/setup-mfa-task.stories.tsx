import type { SetupMfaTaskController } from '@flowkit/flows'
import { SetupMfaTask } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { createSetupMfa, fieldError, flowError } from '../../packages/ui/test/flow-fixture'

const totp = { secret: 'JBSWY3DPEHPK3PXP', uri: 'otpauth://totp/Acme:ada%40example.com?secret=JBSWY3DPEHPK3PXP' }
const task = (overrides: Partial<SetupMfaTaskController> = {}) =>
  createSetupMfa({ start: fn(), verify: fn(), finish: fn(), ...overrides })

/** The `setup-mfa` session task, stage by stage: start, add the secret and verify, save backup codes. */
const meta = {
  title: 'Tasks/SetupMfaTask',
  component: SetupMfaTask,
  args: { task: task(), disabled: false },
  parameters: { sandbox: false },
} satisfies Meta<typeof SetupMfaTask>

export default meta
type Story = StoryObj<typeof meta>

export const StartInteraction: Story = {
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Set up authenticator app' }))
    await expect(args.task?.start).toHaveBeenCalled()
  },
}

/** Start, as it opens: nothing done to it. */
export const Start: Story = { ...StartInteraction, play: undefined }

export const VerifyInteraction: Story = {
  args: { task: task({ stage: 'verify', totp }) },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText(totp.secret)).toBeVisible()
    await userEvent.type(canvas.getByRole('textbox', { name: 'Verification code' }), '123456')
    await expect(args.task?.verify).toHaveBeenCalledWith('123456')
  },
}

/** Verify, as it opens: nothing done to it. */
export const Verify: Story = { ...VerifyInteraction, play: undefined }

export const BackupCodesInteraction: Story = {
  args: { task: task({ stage: 'backup-codes', backupCodes: ['a1b2c3d4', 'e5f6g7h8', 'i9j0k1l2', 'm3n4o5p6'] }) },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getAllByRole('listitem')).toHaveLength(4)
    await userEvent.click(canvas.getByRole('button', { name: 'I’ve saved my backup codes' }))
    await expect(args.task?.finish).toHaveBeenCalled()
  },
}

/** BackupCodes, as it opens: nothing done to it. */
export const BackupCodes: Story = { ...BackupCodesInteraction, play: undefined }

export const Pending: Story = {
  args: { task: task({ stage: 'verify', totp, isPending: true }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Continuing…' })).toHaveAttribute(
      'aria-busy',
      'true',
    )
  },
}

export const WrongCode: Story = {
  args: {
    task: task({ stage: 'verify', totp, error: fieldError('code', 'incorrect_code', 'That code is incorrect.') }),
  },
  play: async ({ canvasElement }) => {
    const code = within(canvasElement).getByRole('textbox', { name: 'Verification code' })
    await expect(code).toHaveAccessibleDescription('That code is incorrect.')
  },
}

export const GlobalError: Story = {
  args: { task: task({ error: flowError('network', 'You seem to be offline.') }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('You seem to be offline.')
  },
}

export const RateLimited: Story = {
  args: {
    task: task({
      stage: 'verify',
      totp,
      error: flowError('rate_limited', 'Too many attempts.', { retryAfterSeconds: 45 }),
    }),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(/Try again in \d+s/)
  },
}

export const Disabled: Story = {
  args: { task: task({ stage: 'verify', totp }), disabled: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('textbox', { name: 'Verification code' })).toBeDisabled()
  },
}
