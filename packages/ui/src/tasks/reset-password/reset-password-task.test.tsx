import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createResetPasswordTask, flowError } from '../../../test/flow-fixture'
import { ResetPasswordTask } from '.'

describe('ResetPasswordTask', () => {
  it('sets the new password, signing out other devices unless unticked', async () => {
    const task = createResetPasswordTask({ submit: vi.fn(async () => {}) })
    render(<ResetPasswordTask task={task} />)
    await userEvent.type(screen.getByLabelText('New password'), 'n3w-passw0rd')
    await userEvent.click(screen.getByRole('checkbox', { name: 'Sign out of all other devices' }))
    await userEvent.click(screen.getByRole('button', { name: 'Reset password' }))
    expect(task.submit).toHaveBeenCalledExactlyOnceWith({ password: 'n3w-passw0rd', signOutOfOtherSessions: false })
  })

  it('shows an error without a field as an alert', () => {
    render(
      <ResetPasswordTask task={createResetPasswordTask({ error: flowError('server', 'Something went wrong.') })} />,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong.')
  })
})
