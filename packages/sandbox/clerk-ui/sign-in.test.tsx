// Clerk's own <SignIn/> (@clerk/ui) through every sign-in flow the sandbox claims.
import { SignIn } from '@clerk/react'
import { screen } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { presets, type SandboxUser } from '../src/index'
import { enterCode, expectSession, fill, follow, press, renderWithClerkUi } from './harness'

const ada: SandboxUser = { emailAddress: 'ada@example.com', password: 'correct-horse-battery', knownClient: true }
const secret = 'JBSWY3DPEHPK3PXP'

function signIn(config: Parameters<typeof renderWithClerkUi>[0]) {
  return renderWithClerkUi(config, <SignIn routing="hash" />)
}

async function identify(user: UserEvent, identifier = 'ada@example.com', label = 'Email address') {
  await fill(user, label, identifier)
  await press(user, 'Continue')
}

async function withPassword(user: UserEvent, password = 'correct-horse-battery') {
  await fill(user, 'Password', password)
  await press(user, 'Continue')
}

describe('Clerk’s <SignIn/> against the sandbox', () => {
  it('signs in with a password', async () => {
    const { sandbox, user } = signIn({ ...presets.emailPassword, users: [ada] })
    await identify(user)
    await withPassword(user)
    await expectSession('Signed in as ada@example.com')
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/attempt_first_factor',
      'POST /client/sessions/sess_1/touch',
    ])
  })

  it('shows Clerk’s message for a wrong password', async () => {
    const { user } = signIn({ ...presets.emailPassword, users: [ada] })
    await identify(user)
    await withPassword(user, 'not-the-password')
    expect(
      (await screen.findAllByText('Password is incorrect. Try again, or use another method.')).length,
    ).toBeGreaterThan(0)
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true')
    await expectSession('Signed out')
  })

  it('signs in with an emailed code', async () => {
    const { sandbox, user } = signIn({ ...presets.emailCode, users: [{ emailAddress: 'ada@example.com' }] })
    await identify(user)
    await enterCode(user, sandbox.outbox.latestCode('ada@example.com'))
    await expectSession('Signed in as ada@example.com')
  })

  it('signs in with a texted code', async () => {
    const phone = '+15555550100'
    const { sandbox, user } = signIn({ ...presets.phoneCode, users: [{ phoneNumber: phone }] })
    await identify(user, '5555550100', 'Phone number')
    await enterCode(user, sandbox.outbox.latestCode(phone))
    await expectSession(`Signed in as ${phone}`)
  })

  it('signs in with an emailed link', async () => {
    const { sandbox, user } = signIn({ ...presets.emailLink, users: [{ emailAddress: 'ada@example.com' }] })
    await identify(user)
    expect(await screen.findByText(/Check your email/)).toBeInTheDocument()
    await sandbox.outbox.click(sandbox.outbox.latest('ada@example.com'))
    await expectSession('Signed in as ada@example.com')
  })

  it('asks an authenticator app’s code as a second factor', async () => {
    const { sandbox, user } = signIn({ ...presets.mfaRequired, users: [{ ...ada, totp: { secret } }] })
    await identify(user)
    await withPassword(user)
    await enterCode(user, sandbox.totpCode(secret))
    await expectSession('Signed in as ada@example.com')
    expect(sandbox.requests.afterLoad()[2]?.body).toMatchObject({ strategy: 'totp' })
  })

  it('takes a backup code instead', async () => {
    const { sandbox, user } = signIn({
      ...presets.mfaRequired,
      users: [{ ...ada, totp: { secret }, backupCodes: ['abcd-1234'] }],
    })
    await identify(user)
    await withPassword(user)
    await follow(user, 'Use another method')
    await press(user, /backup code/i)
    await fill(user, 'Backup code', 'abcd-1234')
    await press(user, 'Continue')
    await expectSession('Signed in as ada@example.com')
    expect(sandbox.requests.afterLoad().at(-2)?.body).toMatchObject({ strategy: 'backup_code', code: 'abcd-1234' })
  })

  it('texts a code as a second factor', async () => {
    const phone = '+15555550199'
    const { sandbox, user } = signIn({
      ...presets.mfaRequired,
      users: [{ ...ada, phoneNumber: phone, mfaPhone: true }],
    })
    await identify(user)
    await withPassword(user)
    await enterCode(user, sandbox.outbox.latestCode(phone))
    await expectSession('Signed in as ada@example.com')
    expect(sandbox.outbox.latest(phone)?.purpose).toBe('second_factor')
  })

  it('checks a new device with an emailed code (client trust)', async () => {
    const { sandbox, user } = signIn({ ...presets.emailPassword, users: [{ ...ada, knownClient: false }] })
    await identify(user)
    await withPassword(user)
    await enterCode(user, sandbox.outbox.latestCode('ada@example.com'))
    await expectSession('Signed in as ada@example.com')
    expect(sandbox.outbox.latest('ada@example.com')?.purpose).toBe('client_trust')
  })

  it('resets a forgotten password with an emailed code', async () => {
    const { sandbox, user } = signIn({ ...presets.emailPassword, users: [ada] })
    await identify(user)
    await follow(user, 'Forgot password?')
    await press(user, 'Reset your password')
    await enterCode(user, sandbox.outbox.latestCode('ada@example.com'))
    await fill(user, 'New password', 'a-brand-new-password')
    await fill(user, 'Confirm password', 'a-brand-new-password')
    await press(user, 'Reset Password')
    await expectSession('Signed in as ada@example.com')
    expect(sandbox.outbox.latest('ada@example.com')?.purpose).toBe('reset_password')
  })
})
