import { presets } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createFlow, fieldError } from '../../test/flow-fixture'
import { SignInOrUp } from '../drop-ins/sign-in-or-up'
import { CodeStep } from '../steps/code'

// Issue 17 §2.1: the documented `localization={{ errors: { form_code_incorrect: … } }}` changed
// nothing, because the UI looked up only the param-qualified `form_code_incorrect__code`.
const server = sandboxServerForFile()
const password = 'correct-horse-battery'

/** A code step showing Clerk's wrong-code error as flows normalizes it. */
const wrongCode = () =>
  createFlow({
    step: { name: 'first-factor', strategy: 'email_code', safeIdentifier: 'a***@example.com' },
    fieldErrors: {
      code: {
        ...fieldError('code', 'incorrect_code', 'Incorrect code.'),
        messageKey: 'form_code_incorrect__code',
        clerkCode: 'form_code_incorrect',
      },
    },
  })

describe('error-message overrides', () => {
  it('apply by Clerk’s plain code, as the README documents (a wrong email code)', async () => {
    const { sandbox, user } = renderWithSandbox(
      server,
      { ...presets.emailCode, users: [{ emailAddress: 'ada@example.com' }] },
      (navigate) => (
        <SignInOrUp
          routing="virtual"
          navigate={navigate}
          localization={{ errors: { form_code_incorrect: 'Der Code ist falsch.' } }}
        />
      ),
    )
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'ada@example.com{Enter}')
    const code = await screen.findByRole('textbox', { name: 'Verification code' })
    await user.type(code, sandbox.outbox.latestCode('ada@example.com') === '000000' ? '111111' : '000000')
    await expect.poll(() => code).toHaveAccessibleDescription('Der Code ist falsch.')
  })

  it('apply by Clerk’s plain code, as the migration guide documents (a wrong password)', async () => {
    const { user } = renderWithSandbox(
      server,
      { ...presets.emailPassword, users: [{ emailAddress: 'ada@example.com', password, knownClient: true }] },
      (navigate) => (
        <SignInOrUp
          routing="virtual"
          navigate={navigate}
          localization={{ errors: { form_password_incorrect: 'Mot de passe incorrect.' } }}
        />
      ),
    )
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'ada@example.com{Enter}')
    await user.type(await screen.findByLabelText('Password'), 'not-the-password{Enter}')
    expect(await screen.findByText('Mot de passe incorrect.')).toBeInTheDocument()
  })

  it('let the param-qualified key refine the plain one, and Flowkit’s stable code catch the rest', () => {
    const { rerender } = render(
      <CodeStep
        flow={wrongCode()}
        localization={{ errors: { form_code_incorrect: 'plain', form_code_incorrect__code: 'qualified' } }}
      />,
    )
    expect(screen.getByRole('textbox', { name: 'Verification code' })).toHaveAccessibleDescription('qualified')
    rerender(<CodeStep flow={wrongCode()} localization={{ errors: { incorrect_code: 'by Flowkit’s code' } }} />)
    expect(screen.getByRole('textbox', { name: 'Verification code' })).toHaveAccessibleDescription('by Flowkit’s code')
    rerender(<CodeStep flow={wrongCode()} localization={{ errors: {} }} />)
    expect(screen.getByRole('textbox', { name: 'Verification code' })).toHaveAccessibleDescription('Incorrect code.')
  })
})
