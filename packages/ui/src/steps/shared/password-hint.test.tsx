// The live password hint under a new password, in the drop-ins against the sandbox: the rules come
// from the instance's environment, and a sign-in's password (not new) gets none.
import { presets } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createMissingFields, createResetPasswordTask, missingField } from '../../../test/flow-fixture'
import { SignInOrUp } from '../../drop-ins/sign-in-or-up'
import { SignUp } from '../../drop-ins/sign-up'
import { ResetPasswordTask } from '../../tasks/reset-password'
import { MissingRequirementsStep } from '../missing-requirements'

const server = sandboxServerForFile()
const strict = {
  ...presets.emailPassword.instance,
  password: { minLength: 10, requireNumbers: true, requireUppercase: true },
}

describe('PasswordHint', () => {
  it('checks a new account’s password against the instance’s rules as it is typed', async () => {
    const { sandbox, user } = renderWithSandbox(server, { instance: strict }, (navigate) => (
      <SignUp routing="virtual" navigate={navigate} />
    ))
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'grace@example.com{Enter}')
    const password = await screen.findByLabelText('Password')
    expect(screen.getByText('At least 10 characters: not yet')).toBeInTheDocument()
    expect(screen.getByText('A number: not yet')).toBeInTheDocument()
    expect(screen.getByText('A capital letter: not yet')).toBeInTheDocument()
    await user.type(password, 'Longer-password')
    expect(screen.getByText('At least 10 characters: met')).toHaveAttribute('data-met', '')
    expect(screen.getByText('A capital letter: met')).toBeInTheDocument()
    expect(screen.getByText('A number: not yet')).not.toHaveAttribute('data-met')
    expect(screen.getByText('Strength: weak')).toBeInTheDocument()
    // The rules are checked before any request too: nothing is sent for this one.
    await user.keyboard('{Enter}')
    expect(await screen.findByText('Add a number.')).toBeInTheDocument()
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([])
    await user.type(password, '7')
    expect(screen.getByText('A number: met')).toBeInTheDocument()
    expect(screen.getByText('Strength: strong')).toHaveAttribute('data-strength', 'strong')
  })

  it('is not shown for a sign-in’s password', async () => {
    const ada = { emailAddress: 'ada@example.com', password: 'pw-ada-1234XY', knownClient: true }
    const { user } = renderWithSandbox(server, { instance: strict, users: [ada] }, (navigate) => (
      <SignInOrUp routing="virtual" navigate={navigate} mode="standard" />
    ))
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'ada@example.com{Enter}')
    await screen.findByLabelText('Password')
    expect(screen.queryByText(/At least 10 characters/)).toBeNull()
  })

  it('checks the reset-password task’s new password with the task’s rules', async () => {
    const task = createResetPasswordTask({
      passwordRules: [{ key: 'password_needs_special', met: (value) => /[^\w]/.test(value) }],
    })
    render(<ResetPasswordTask task={task} />)
    expect(screen.getByText('A special character: not yet')).toBeInTheDocument()
    await userEvent.type(screen.getByLabelText('New password'), 'a!')
    expect(screen.getByText('A special character: met')).toBeInTheDocument()
  })

  it('checks a password among a sign-up’s missing fields with the field’s rules', async () => {
    const rules = [{ key: 'password_too_short' as const, value: 12, met: (value: string) => value.length >= 12 }]
    const fields = [{ ...missingField('password', 'password', 'password'), rules }]
    render(<MissingRequirementsStep missingFields={createMissingFields({ fields })} />)
    const password = screen.getByLabelText('Password')
    expect(password).toHaveAccessibleDescription('At least 12 characters: not yet')
    await userEvent.type(password, 'twelve-chars')
    expect(password).toHaveAccessibleDescription('At least 12 characters: met Strength: fair')
  })
})
