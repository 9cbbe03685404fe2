import type { PasswordRule } from '@flowkit/flows'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createFlow, fieldError } from '../../../test/flow-fixture'
import { ResetPasswordStep } from '.'

const step = { name: 'new-password' } as const

describe('ResetPasswordStep', () => {
  it('sets the new password, signing out other devices unless unticked', async () => {
    const submitNewPassword = vi.fn(async () => {})
    render(<ResetPasswordStep flow={createFlow({ step, submitNewPassword })} />)
    const input = screen.getByLabelText('New password')
    expect(input).toHaveAttribute('autocomplete', 'new-password')
    const signOut = screen.getByRole('checkbox', { name: 'Sign out of all other devices' })
    expect(signOut).toBeChecked()
    await userEvent.click(signOut)
    await userEvent.type(input, 'a-much-better-passw0rd{Enter}')
    expect(submitNewPassword).toHaveBeenCalledExactlyOnceWith('a-much-better-passw0rd', {
      signOutOfOtherSessions: false,
    })
  })

  it('shows why the password was refused on its field', () => {
    const flow = createFlow({
      step,
      fieldErrors: { newPassword: fieldError('newPassword', 'weak_password', 'Too weak.') },
    })
    render(<ResetPasswordStep flow={flow} />)
    const input = screen.getByLabelText('New password')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    // The error first, then the instance's rules (the hint under the field).
    expect(input).toHaveAccessibleDescription('Too weak. At least 8 characters: not yet')
    expect(screen.getByText('Too weak.')).toHaveAttribute('data-error', 'weak_password')
  })

  it('checks each rule as the new password is typed, and says how strong it is', async () => {
    const rules: PasswordRule[] = [
      { key: 'password_too_short', value: 10, met: (value) => value.length >= 10 },
      { key: 'password_needs_number', met: (value) => /\d/.test(value) },
    ]
    render(<ResetPasswordStep flow={createFlow({ step, passwordRules: rules })} />)
    const hint = screen.getByText('At least 10 characters: not yet').parentElement
    expect(hint).toHaveAttribute('aria-live', 'polite')
    expect(screen.queryByText(/^Strength/)).toBeNull()
    const input = screen.getByLabelText('New password')
    await userEvent.type(input, 'abc')
    expect(screen.getByText('At least 10 characters: not yet')).not.toHaveAttribute('data-met')
    expect(screen.getByText('A number: not yet')).toBeInTheDocument()
    expect(screen.getByText('Strength: weak')).toHaveAttribute('data-strength', 'weak')
    await userEvent.type(input, 'defghij1')
    expect(screen.getByText('At least 10 characters: met')).toHaveAttribute('data-met', '')
    expect(screen.getByText('A number: met')).toHaveAttribute('data-met', '')
    expect(screen.getByText('Strength: fair')).toHaveAttribute('data-strength', 'fair')
    await userEvent.type(input, 'XY!')
    expect(screen.getByText('Strength: strong')).toBeInTheDocument()
    expect(input).toHaveAccessibleDescription(/A number: met Strength: strong$/)
  })
})
