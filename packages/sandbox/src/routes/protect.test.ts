// Clerk Protect as clerk-js meets it: a gated sign-in answers `needs_protect_check` with a
// `protect_check` challenge; submitProtectCheck({ proofToken }) (PATCH …/protect_check, proof_token)
// lets it go on, or answers an error and a new challenge to try.
import { isClerkAPIResponseError } from '@clerk/react/errors'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadClerk, signInOf, signUpOf } from '../../test/headless'
import { createSandbox, presets, type SandboxConfig } from '../index'
import { setupSandboxServer } from '../node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const gated: SandboxConfig = {
  instance: { ...presets.emailPasswordOrCode.instance, protect: { signIn: true, signUp: true } },
  users: [{ emailAddress: 'ada@example.com', password: 'pw-ada-1234' }],
}

const codeOf = (result: { error: unknown }) =>
  isClerkAPIResponseError(result.error) ? result.error.errors[0]?.code : `no API error (${String(result.error)})`

describe('Protect at sign-in', () => {
  it('holds a new sign-in until the challenge is passed, then goes on to its first factor', async () => {
    const sandbox = server.use(createSandbox(gated))
    const clerk = await loadClerk(sandbox)
    await signInOf(clerk).create({ identifier: 'ada@example.com' })

    const { protectCheck } = signInOf(clerk)
    expect(signInOf(clerk).status).toBe('needs_protect_check')
    expect(protectCheck).toMatchObject({
      status: 'pending',
      token: sandbox.protect.pending?.token,
      sdkUrl: 'https://clerk.flowkit.localhost/v1/protect/sdk.js',
      expiresAt: sandbox.protect.pending?.expiresAt,
    })
    expect(protectCheck?.expiresAt).toBeGreaterThan(sandbox.clock.now())
    expect(sandbox.protect.pending).toMatchObject({ flow: 'sign_in', word: expect.stringMatching(/^[a-z]+$/) })
    expect(codeOf(await signInOf(clerk).emailCode.sendCode())).toBe('protect_check_required')

    const proofToken = sandbox.protect.proofFor(protectCheck?.token ?? '')
    expect((await signInOf(clerk).submitProtectCheck({ proofToken })).error).toBeNull()
    expect(signInOf(clerk)).toMatchObject({ status: 'needs_first_factor', protectCheck: null })
    expect(sandbox.protect.pending).toBeUndefined()
    expect(sandbox.requests.afterLoad().at(-1)).toMatchObject({
      method: 'PATCH',
      path: '/client/sign_ins/sia_1/protect_check',
      body: { proof_token: proofToken },
    })
    await signInOf(clerk).emailCode.sendCode()
    await signInOf(clerk).emailCode.verifyCode({ code: sandbox.outbox.latestCode('ada@example.com') })
    expect(signInOf(clerk).status).toBe('complete')
  })

  it('refuses a wrong answer with a new challenge to try, and takes the right one', async () => {
    const sandbox = server.use(createSandbox(gated))
    const clerk = await loadClerk(sandbox)
    await signInOf(clerk).create({ identifier: 'ada@example.com' })
    const first = signInOf(clerk).protectCheck?.token ?? ''

    const wrong = await signInOf(clerk).submitProtectCheck({ proofToken: sandbox.protect.proofFor(first, 'nope') })
    expect(codeOf(wrong)).toBe('protect_check_failed')
    const second = signInOf(clerk).protectCheck?.token
    expect(second).toBeDefined()
    expect(second).not.toBe(first)
    expect(signInOf(clerk).status).toBe('needs_protect_check')
    // The old challenge is spent too.
    expect(codeOf(await signInOf(clerk).submitProtectCheck({ proofToken: sandbox.protect.proofFor(first) }))).toBe(
      'protect_check_failed',
    )

    const now = signInOf(clerk).protectCheck?.token ?? ''
    expect((await signInOf(clerk).submitProtectCheck({ proofToken: sandbox.protect.proofFor(now) })).error).toBeNull()
    expect(codeOf(await signInOf(clerk).submitProtectCheck({ proofToken: 'proof:again:x' }))).toBe(
      'protect_check_already_resolved',
    )
  })

  it('checks a password sent with the create once the challenge is passed', async () => {
    const sandbox = server.use(createSandbox(gated))
    const clerk = await loadClerk(sandbox)
    await signInOf(clerk).password({ identifier: 'ada@example.com', password: 'pw-ada-1234' })
    expect(signInOf(clerk).status).toBe('needs_protect_check')
    const token = signInOf(clerk).protectCheck?.token ?? ''
    await signInOf(clerk).submitProtectCheck({ proofToken: sandbox.protect.proofFor(token) })
    expect(signInOf(clerk).status).toBe('complete')
  })

  it('replaces an expired challenge when the sign-in is read again', async () => {
    const sandbox = server.use(createSandbox(gated))
    const clerk = await loadClerk(sandbox)
    await signInOf(clerk).create({ identifier: 'ada@example.com' })
    const stale = signInOf(clerk).protectCheck?.token ?? ''
    sandbox.clock.advance(11 * 60_000)
    expect(codeOf(await signInOf(clerk).submitProtectCheck({ proofToken: sandbox.protect.proofFor(stale) }))).toBe(
      'protect_check_expired',
    )
    const renewed = signInOf(clerk).protectCheck?.token ?? ''
    expect(renewed).not.toBe(stale)
    sandbox.clock.advance(11 * 60_000)
    await clerk.client?.signIn.reload()
    expect(signInOf(clerk).protectCheck?.token).not.toBe(renewed)
    expect(signInOf(clerk).protectCheck?.expiresAt).toBeGreaterThan(sandbox.clock.now())
  })
})

describe('Protect at sign-up', () => {
  it('lists protect_check among the missing fields until passed', async () => {
    const sandbox = server.use(
      createSandbox({ instance: { ...presets.emailCode.instance, protect: { signUp: true } } }),
    )
    const clerk = await loadClerk(sandbox)
    await signUpOf(clerk).create({ emailAddress: 'grace@example.com', legalAccepted: true })
    expect(signUpOf(clerk)).toMatchObject({ status: 'missing_requirements', missingFields: ['protect_check'] })
    expect(signUpOf(clerk).protectCheck?.token).toBe(sandbox.protect.pending?.token)
    expect(codeOf(await signUpOf(clerk).verifications.sendEmailCode())).toBe('protect_check_required')

    const token = signUpOf(clerk).protectCheck?.token ?? ''
    expect(codeOf(await signUpOf(clerk).submitProtectCheck({ proofToken: sandbox.protect.proofFor(token, 'x') }))).toBe(
      'protect_check_failed',
    )
    const retry = signUpOf(clerk).protectCheck?.token ?? ''
    await signUpOf(clerk).submitProtectCheck({ proofToken: sandbox.protect.proofFor(retry) })
    expect(signUpOf(clerk)).toMatchObject({
      missingFields: [],
      protectCheck: null,
      unverifiedFields: ['email_address'],
    })
    await signUpOf(clerk).verifications.sendEmailCode()
    await signUpOf(clerk).verifications.verifyEmailCode({ code: sandbox.outbox.latestCode('grace@example.com') })
    expect(signUpOf(clerk).status).toBe('complete')
  })
})
