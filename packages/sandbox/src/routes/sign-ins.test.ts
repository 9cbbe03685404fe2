import type { Clerk } from '@clerk/clerk-js'
import { isClerkAPIResponseError } from '@clerk/react/errors'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadClerk, signInOf, signInState } from '../../test/headless'
import { createSandbox, presets, type SandboxConfig } from '../index'
import { setupSandboxServer } from '../node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const TOTP_SECRET = 'JBSWY3DPEHPK3PXP'

async function start(config: SandboxConfig) {
  const sandbox = server.use(createSandbox(config))
  const clerk = await loadClerk(sandbox)
  sandbox.requests.clear()
  return { sandbox, clerk }
}

/** The first Clerk API error of a call, as a flow would read it. */
const apiError = (result: { error: unknown }) => {
  const { error } = result
  if (!isClerkAPIResponseError(error)) throw new Error(`expected a Clerk API error, got ${String(error)}`)
  return { status: error.status, retryAfter: error.retryAfter, ...error.errors[0] }
}

async function finalize(clerk: Clerk) {
  expect(signInOf(clerk).status).toBe('complete')
  await signInOf(clerk).finalize()
  return clerk.session
}

describe('first factors', () => {
  it('signs in with an SMS code', async () => {
    const { sandbox, clerk } = await start({ ...presets.phoneCode, users: [{ phoneNumber: '+15555550100' }] })
    await signInOf(clerk).phoneCode.sendCode({ phoneNumber: '+15555550100' })
    expect(sandbox.outbox.latest('+15555550100')).toMatchObject({ kind: 'phone_code', purpose: 'sign_in' })
    await signInOf(clerk).phoneCode.verifyCode({ code: sandbox.outbox.latestCode('+15555550100') })

    expect((await finalize(clerk))?.user.primaryPhoneNumber?.phoneNumber).toBe('+15555550100')
    expect(sandbox.requests.summary()).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_first_factor',
      'POST /client/sign_ins/sia_1/attempt_first_factor',
      'POST /client/sessions/sess_1/touch',
    ])
  })

  it('signs in with an email link the test clicks', async () => {
    const { sandbox, clerk } = await start({ ...presets.emailLink, users: [{ emailAddress: 'ada@example.com' }] })
    await signInOf(clerk).emailLink.sendLink({ emailAddress: 'ada@example.com', verificationUrl: '/sign-in/verify' })
    const message = sandbox.outbox.latest('ada@example.com')
    expect(message).toMatchObject({ kind: 'email_link', purpose: 'sign_in' })
    expect(message?.code).toBeUndefined()

    const landing = await sandbox.outbox.click(message)
    expect(landing).toBe('http://localhost:3000/sign-in/verify?__clerk_status=verified&__clerk_created_session=sess_1')

    await signInOf(clerk).emailLink.waitForVerification()
    expect((await finalize(clerk))?.id).toBe('sess_1')
  })

  it('reports an expired email link', async () => {
    const { sandbox, clerk } = await start({ ...presets.emailLink, users: [{ emailAddress: 'ada@example.com' }] })
    await signInOf(clerk).emailLink.sendLink({ emailAddress: 'ada@example.com', verificationUrl: '/verify' })
    sandbox.clock.advance(11 * 60_000)
    expect(await sandbox.outbox.click(sandbox.outbox.latest())).toContain('__clerk_status=expired')
  })

  it('signs in with a username and password', async () => {
    const { clerk } = await start({
      ...presets.usernamePassword,
      users: [{ username: 'ada', emailAddress: 'ada@example.com', password: 'correct-horse-battery' }],
    })
    expect((await signInOf(clerk).password({ identifier: 'ADA', password: 'correct-horse-battery' })).error).toBeNull()
    expect((await finalize(clerk))?.user.username).toBe('ada')
  })

  it('resets a forgotten password with an emailed code', async () => {
    const { sandbox, clerk } = await start({
      ...presets.emailPassword,
      users: [{ emailAddress: 'ada@example.com', password: 'forgotten-password' }],
    })
    await signInOf(clerk).create({ identifier: 'ada@example.com' })
    await signInOf(clerk).resetPasswordEmailCode.sendCode()
    expect(sandbox.outbox.latest('ada@example.com')).toMatchObject({ purpose: 'reset_password' })
    await signInOf(clerk).resetPasswordEmailCode.verifyCode({ code: sandbox.outbox.latestCode('ada@example.com') })
    expect(signInOf(clerk).status).toBe('needs_new_password')

    expect(apiError(await signInOf(clerk).resetPasswordEmailCode.submitPassword({ password: 'short' }))).toMatchObject({
      code: 'form_password_length_too_short',
      meta: { paramName: 'password' },
    })
    await signInOf(clerk).resetPasswordEmailCode.submitPassword({ password: 'a-brand-new-password' })
    await finalize(clerk)

    await clerk.signOut()
    expect(
      (await signInOf(clerk).password({ emailAddress: 'ada@example.com', password: 'a-brand-new-password' })).error,
    ).toBeNull()
  })

  it('puts the reset-password task on a session signed in with a compromised password', async () => {
    const { clerk } = await start({
      ...presets.emailPassword,
      users: [
        { emailAddress: 'ada@example.com', password: 'password123', passwordCompromised: true, knownClient: true },
      ],
    })
    await signInOf(clerk).password({ emailAddress: 'ada@example.com', password: 'password123' })
    const session = await finalize(clerk)
    expect(session?.status).toBe('pending')
    expect(session?.currentTask?.key).toBe('reset-password')
  })
})

describe('errors Clerk answers', () => {
  it('does not find an unknown identifier (without enumeration protection)', async () => {
    const { clerk } = await start(presets.emailPassword)
    const error = apiError(await signInOf(clerk).password({ emailAddress: 'nobody@example.com', password: 'x' }))
    expect(error).toMatchObject({ status: 422, code: 'form_identifier_not_found', meta: { paramName: 'identifier' } })
    expect(signInState(clerk).errors.fields.identifier?.message).toBe("Couldn't find your account.")
  })

  it('refuses an identifier the instance does not accept', async () => {
    const { clerk } = await start(presets.emailPassword)
    const error = apiError(await signInOf(clerk).create({ identifier: 'ada' }))
    expect(error).toMatchObject({ code: 'form_param_format_invalid', meta: { paramName: 'identifier' } })
  })

  it('expires a code after its lifetime on the sandbox clock', async () => {
    const { sandbox, clerk } = await start({ ...presets.emailCode, users: [{ emailAddress: 'ada@example.com' }] })
    await signInOf(clerk).emailCode.sendCode({ emailAddress: 'ada@example.com' })
    sandbox.clock.advance(10 * 60_000 + 1)
    const error = apiError(
      await signInOf(clerk).emailCode.verifyCode({ code: sandbox.outbox.latestCode('ada@example.com') }),
    )
    expect(error).toMatchObject({ code: 'verification_expired', meta: { paramName: 'code' } })

    await signInOf(clerk).emailCode.sendCode()
    expect(
      (await signInOf(clerk).emailCode.verifyCode({ code: sandbox.outbox.latestCode('ada@example.com') })).error,
    ).toBeNull()
  })

  it('fails a verification for good after too many wrong codes', async () => {
    const { sandbox, clerk } = await start({
      instance: { ...presets.emailCode.instance, maxCodeAttempts: 2 },
      users: [{ emailAddress: 'ada@example.com' }],
    })
    await signInOf(clerk).emailCode.sendCode({ emailAddress: 'ada@example.com' })
    const wrong = sandbox.outbox.latestCode('ada@example.com') === '000000' ? '111111' : '000000'
    expect(apiError(await signInOf(clerk).emailCode.verifyCode({ code: wrong })).code).toBe('form_code_incorrect')
    expect(apiError(await signInOf(clerk).emailCode.verifyCode({ code: wrong })).code).toBe('verification_failed')
    const right = sandbox.outbox.latestCode('ada@example.com')
    expect(apiError(await signInOf(clerk).emailCode.verifyCode({ code: right })).code).toBe('verification_failed')
    expect(signInOf(clerk).firstFactorVerification.status).toBe('failed')
  })

  it('rate-limits codes per address, and the window passes on the sandbox clock', async () => {
    const { sandbox, clerk } = await start({
      instance: { ...presets.emailCode.instance, rateLimit: { maxCodes: 2, windowSeconds: 60 } },
      users: [{ emailAddress: 'ada@example.com' }],
    })
    await signInOf(clerk).emailCode.sendCode({ emailAddress: 'ada@example.com' })
    sandbox.clock.advance(10_000)
    await signInOf(clerk).emailCode.sendCode()
    const limited = apiError(await signInOf(clerk).emailCode.sendCode())
    expect(limited).toMatchObject({ status: 429, code: 'too_many_requests', retryAfter: 50 })
    expect(sandbox.outbox.messages).toHaveLength(2)

    sandbox.clock.advance(50_000)
    expect((await signInOf(clerk).emailCode.sendCode()).error).toBeNull()
    expect(sandbox.outbox.messages).toHaveLength(3)
  })

  it('accepts the fixed test code only when the config opts in', async () => {
    const users = [{ emailAddress: 'ada@example.com' }]
    const closed = await start({ ...presets.emailCode, users })
    await signInOf(closed.clerk).emailCode.sendCode({ emailAddress: 'ada@example.com' })
    expect(closed.sandbox.outbox.latestCode('ada@example.com')).not.toBe('424242')
    expect(apiError(await signInOf(closed.clerk).emailCode.verifyCode({ code: '424242' })).code).toBe(
      'form_code_incorrect',
    )

    const open = await start({ instance: { ...presets.emailCode.instance, testCode: '424242' }, users })
    await signInOf(open.clerk).emailCode.sendCode({ emailAddress: 'ada@example.com' })
    expect((await signInOf(open.clerk).emailCode.verifyCode({ code: '424242' })).error).toBeNull()
    expect(signInOf(open.clerk).status).toBe('complete')
  })
})

describe('enumeration protection', () => {
  it('answers an unknown address exactly like a known one, and sends it nothing', async () => {
    const instance = { ...presets.emailCode.instance, enumerationProtection: true }
    // One after the other: two Clerks in one page share the sign-in signal.
    const attempt = async (config: SandboxConfig) => {
      const { sandbox, clerk } = await start(config)
      await signInOf(clerk).emailCode.sendCode({ emailAddress: 'ada@example.com' })
      const seen = {
        status: signInOf(clerk).status,
        factors: signInOf(clerk).supportedFirstFactors.map((factor) => factor.strategy),
        requests: sandbox.requests.summary(),
      }
      const verify = apiError(await signInOf(clerk).emailCode.verifyCode({ code: '123456' })).code
      return { seen, verify, sent: sandbox.outbox.messages.length }
    }
    const known = await attempt({ instance, users: [{ emailAddress: 'ada@example.com' }] })
    const unknown = await attempt({ instance })

    expect(unknown.seen).toEqual(known.seen)
    expect(known.sent).toBe(1)
    expect(unknown.sent).toBe(0)
    expect(unknown.verify).toBe('form_code_incorrect')
  })

  it('answers a password for an unknown address as a wrong password', async () => {
    const { clerk } = await start({ instance: { ...presets.emailPassword.instance, enumerationProtection: true } })
    const error = apiError(await signInOf(clerk).password({ emailAddress: 'nobody@example.com', password: 'guess' }))
    expect(error.code).toBe('form_password_incorrect')
  })

  it('refuses signUpIfMissing on a restricted instance whether or not the account exists', async () => {
    const instance = { ...presets.emailCode.instance, signUp: { mode: 'restricted' as const } }
    const { clerk } = await start({ instance, users: [{ emailAddress: 'ada@example.com' }] })
    for (const identifier of ['ada@example.com', 'nobody@example.com']) {
      const error = apiError(await signInOf(clerk).create({ identifier, signUpIfMissing: true }))
      expect(error).toMatchObject({ status: 403, code: 'sign_up_mode_restricted' })
    }
  })
})

describe('client trust', () => {
  const ada = { emailAddress: 'ada@example.com', password: 'correct-horse-battery' }

  it('asks a new client for a code once, then trusts it', async () => {
    const { sandbox, clerk } = await start({ ...presets.emailPassword, users: [ada] })
    await signInOf(clerk).password(ada)
    expect(signInOf(clerk).status).toBe('needs_client_trust')
    expect(signInOf(clerk).supportedSecondFactors.map((factor) => factor.strategy)).toEqual(['email_code'])

    await signInOf(clerk).mfa.sendEmailCode()
    await signInOf(clerk).mfa.verifyEmailCode({ code: sandbox.outbox.latestCode(ada.emailAddress) })
    await finalize(clerk)
    await clerk.signOut()
    sandbox.requests.clear()

    await signInOf(clerk).password(ada)
    expect(signInOf(clerk).status).toBe('complete')
  })

  it('does not apply to a sign-in by code, which proves the address already', async () => {
    const { sandbox, clerk } = await start({
      ...presets.emailPasswordOrCode,
      instance: { ...presets.emailPasswordOrCode.instance, clientTrust: true },
      users: [ada],
    })
    await signInOf(clerk).emailCode.sendCode({ emailAddress: ada.emailAddress })
    await signInOf(clerk).emailCode.verifyCode({ code: sandbox.outbox.latestCode(ada.emailAddress) })
    expect(signInOf(clerk).status).toBe('complete')
  })
})

describe('second factors', () => {
  const mfa = {
    ...presets.mfaRequired.instance,
    mfa: { strategies: ['totp', 'phone_code', 'email_code', 'backup_code'] as const, required: true },
  }
  const base = { emailAddress: 'ada@example.com', password: 'correct-horse-battery', knownClient: true }
  const config = (user: Record<string, unknown>): SandboxConfig => ({
    instance: { ...mfa, mfa: { ...mfa.mfa, strategies: [...mfa.mfa.strategies] } },
    users: [{ ...base, ...user }],
  })

  it('checks a TOTP code against the sandbox clock (RFC 6238)', async () => {
    const { sandbox, clerk } = await start(config({ totp: { secret: TOTP_SECRET } }))
    await signInOf(clerk).password(base)
    expect(signInOf(clerk).status).toBe('needs_second_factor')
    expect(signInOf(clerk).supportedSecondFactors.map((factor) => factor.strategy)).toEqual(['totp'])

    const stale = sandbox.totpCode(TOTP_SECRET)
    sandbox.clock.advance(90_000)
    expect(apiError(await signInOf(clerk).mfa.verifyTOTP({ code: stale })).code).toBe('form_code_incorrect')
    await signInOf(clerk).mfa.verifyTOTP({ code: sandbox.totpCode(TOTP_SECRET) })
    await finalize(clerk)
    expect(sandbox.requests.summary()).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/attempt_second_factor',
      'POST /client/sign_ins/sia_1/attempt_second_factor',
      'POST /client/sessions/sess_1/touch',
    ])
  })

  it('sends an SMS code as a second factor', async () => {
    const { sandbox, clerk } = await start(config({ phoneNumber: '+15555550100', mfaPhone: true }))
    await signInOf(clerk).password(base)
    await signInOf(clerk).mfa.sendPhoneCode()
    expect(sandbox.outbox.latest('+15555550100')).toMatchObject({ kind: 'phone_code', purpose: 'second_factor' })
    await signInOf(clerk).mfa.verifyPhoneCode({ code: sandbox.outbox.latestCode('+15555550100') })
    await finalize(clerk)
  })

  it('sends an email code as a second factor', async () => {
    const { sandbox, clerk } = await start(config({ mfaEmail: true }))
    await signInOf(clerk).password(base)
    await signInOf(clerk).mfa.sendEmailCode()
    await signInOf(clerk).mfa.verifyEmailCode({ code: sandbox.outbox.latestCode('ada@example.com') })
    await finalize(clerk)
  })

  it('accepts each backup code once', async () => {
    const { clerk } = await start(config({ totp: { secret: TOTP_SECRET }, backupCodes: ['aaaa1111', 'bbbb2222'] }))
    await signInOf(clerk).password(base)
    await signInOf(clerk).mfa.verifyBackupCode({ code: 'aaaa1111' })
    await finalize(clerk)
    await clerk.signOut()

    await signInOf(clerk).password(base)
    expect(apiError(await signInOf(clerk).mfa.verifyBackupCode({ code: 'aaaa1111' })).code).toBe('form_code_incorrect')
    expect((await signInOf(clerk).mfa.verifyBackupCode({ code: 'bbbb2222' })).error).toBeNull()
  })

  it('gives a user without a second factor the setup-mfa task when MFA is required', async () => {
    const { clerk } = await start(config({}))
    await signInOf(clerk).password(base)
    const session = await finalize(clerk)
    expect(session?.currentTask?.key).toBe('setup-mfa')
  })

  it('lets a user without a second factor in directly when MFA is optional', async () => {
    const { clerk } = await start({
      instance: { ...mfa, mfa: { strategies: ['totp'], required: false } },
      users: [base],
    })
    await signInOf(clerk).password(base)
    expect((await finalize(clerk))?.status).toBe('active')
  })
})
