// A signed-in user's phone numbers, as clerk-js's PhoneNumber resource calls them: add one, verify it
// with a texted code, and reserve it for SMS two-step verification (what the setup-mfa task offers).
import type { Clerk } from '@clerk/clerk-js'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadClerk, signInOf } from '../../test/headless'
import { createSandbox, presets } from '../index'
import { setupSandboxServer } from '../node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const ada = { emailAddress: 'ada@example.com', password: 'correct-horse-battery', knownClient: true }
const phoneNumber = '+15555550123'

/** Ada, just signed in on an instance that requires MFA: her session waits on the setup-mfa task. */
async function adaWithoutSecondFactor() {
  const sandbox = server.use(createSandbox({ ...presets.mfaRequired, users: [ada] }))
  sandbox.startSession(ada.emailAddress)
  const clerk = await loadClerk(sandbox)
  const user = clerk.user
  if (!user) throw new Error('Ada is not signed in')
  sandbox.requests.clear()
  return { sandbox, clerk, user }
}

const taskOf = (clerk: Clerk) => clerk.session?.currentTask?.key

describe('phone numbers for SMS two-step verification', () => {
  it('adds a number, verifies it with the texted code, reserves it and completes setup-mfa', async () => {
    const { sandbox, clerk, user } = await adaWithoutSecondFactor()
    expect(taskOf(clerk)).toBe('setup-mfa')

    const added = await user.createPhoneNumber({ phoneNumber })
    expect(added).toMatchObject({ phoneNumber, reservedForSecondFactor: false })
    expect(added.verification.status).toBeNull()
    const prepared = await added.prepareVerification()
    expect(prepared.verification.status).toBe('unverified')
    expect(sandbox.outbox.latest(phoneNumber)).toMatchObject({ kind: 'phone_code', purpose: 'verify_identification' })
    const verified = await prepared.attemptVerification({ code: sandbox.outbox.latestCode(phoneNumber) })
    expect(verified.verification.status).toBe('verified')
    const reserved = await verified.setReservedForSecondFactor({ reserved: true })

    expect(reserved.reservedForSecondFactor).toBe(true)
    expect(reserved.backupCodes).toHaveLength(10)
    expect(clerk.user?.twoFactorEnabled).toBe(true)
    expect(clerk.session?.status).toBe('active')
    expect(taskOf(clerk)).toBeUndefined()
    const id = added.id
    expect(sandbox.requests.summary()).toEqual([
      'POST /me/phone_numbers',
      `POST /me/phone_numbers/${id}/prepare_verification`,
      `POST /me/phone_numbers/${id}/attempt_verification`,
      `PATCH /me/phone_numbers/${id}`,
    ])
    expect(sandbox.requests.all[0]?.body).toEqual({ phone_number: phoneNumber })
    expect(sandbox.requests.all[3]?.body).toEqual({ reserved_for_second_factor: 'true' })
  })

  it('asks for the texted code at the next sign-in', async () => {
    const { sandbox, clerk, user } = await adaWithoutSecondFactor()
    const added = await user.createPhoneNumber({ phoneNumber })
    await added.prepareVerification()
    await added.attemptVerification({ code: sandbox.outbox.latestCode(phoneNumber) })
    await added.setReservedForSecondFactor({ reserved: true })

    await clerk.signOut()
    await signInOf(clerk).password({ emailAddress: ada.emailAddress, password: ada.password })
    expect(signInOf(clerk).status).toBe('needs_second_factor')
    expect(signInOf(clerk).supportedSecondFactors.map((factor) => factor.strategy)).toEqual([
      'phone_code',
      'backup_code',
    ])
    await signInOf(clerk).mfa.sendPhoneCode()
    await signInOf(clerk).mfa.verifyPhoneCode({ code: sandbox.outbox.latestCode(phoneNumber) })
    expect(signInOf(clerk).status).toBe('complete')
  })

  it('refuses a wrong code, and reserving a number that is not verified', async () => {
    const { sandbox, user } = await adaWithoutSecondFactor()
    const added = await user.createPhoneNumber({ phoneNumber })
    await added.prepareVerification()

    await expect(added.attemptVerification({ code: '000000' })).rejects.toMatchObject({
      errors: [expect.objectContaining({ code: 'form_code_incorrect' })],
    })
    await expect(added.setReservedForSecondFactor({ reserved: true })).rejects.toMatchObject({
      errors: [expect.objectContaining({ code: 'form_param_format_invalid' })],
    })
    expect(sandbox.requests.all.map((request) => request.status)).toEqual([200, 200, 422, 422])
  })

  it('refuses a number another user already has', async () => {
    const sandbox = server.use(
      createSandbox({ ...presets.mfaRequired, users: [ada, { emailAddress: 'grace@example.com', phoneNumber }] }),
    )
    sandbox.startSession(ada.emailAddress)
    const clerk = await loadClerk(sandbox)

    await expect(clerk.user?.createPhoneNumber({ phoneNumber })).rejects.toMatchObject({
      errors: [
        expect.objectContaining({
          code: 'form_identifier_exists',
          meta: expect.objectContaining({ paramName: 'phone_number' }),
        }),
      ],
    })
  })
})
