import { isClerkAPIResponseError } from '@clerk/react/errors'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadClerk, signUpOf, signUpState } from '../../test/headless'
import { createSandbox, presets, type SandboxConfig } from '../index'
import { setupSandboxServer } from '../node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

async function start(config: SandboxConfig) {
  const sandbox = server.use(createSandbox(config))
  const clerk = await loadClerk(sandbox)
  sandbox.requests.clear()
  return { sandbox, clerk }
}

const apiErrors = (result: { error: unknown }) => {
  if (!isClerkAPIResponseError(result.error)) throw new Error(`expected a Clerk API error, got ${String(result.error)}`)
  return { status: result.error.status, errors: result.error.errors }
}

describe('sign-up', () => {
  it('collects required names through missing_requirements and update, then verifies the email', async () => {
    const { sandbox, clerk } = await start({
      instance: {
        ...presets.emailPassword.instance,
        signUp: { fields: { first_name: 'required', last_name: 'optional' } },
      },
    })
    await signUpOf(clerk).create({ emailAddress: 'grace@example.com', password: 'a-long-new-password' })
    expect(signUpOf(clerk)).toMatchObject({
      status: 'missing_requirements',
      requiredFields: ['email_address', 'first_name', 'password'],
      optionalFields: ['last_name'],
      missingFields: ['first_name'],
      unverifiedFields: ['email_address'],
    })

    await signUpOf(clerk).update({ firstName: 'Grace', lastName: 'Hopper' })
    expect(signUpOf(clerk).missingFields).toEqual([])
    await signUpOf(clerk).verifications.sendEmailCode()
    expect(signUpOf(clerk).verifications.emailAddress.nextAction).toBe('needs_attempt')
    await signUpOf(clerk).verifications.verifyEmailCode({ code: sandbox.outbox.latestCode('grace@example.com') })

    expect(signUpOf(clerk)).toMatchObject({ status: 'complete', createdUserId: 'user_1', createdSessionId: 'sess_1' })
    await signUpOf(clerk).finalize()
    expect(clerk.user).toMatchObject({ firstName: 'Grace', lastName: 'Hopper' })
    expect(sandbox.requests.summary()).toEqual([
      'POST /client/sign_ups',
      'PATCH /client/sign_ups/sua_1',
      'POST /client/sign_ups/sua_1/prepare_verification',
      'POST /client/sign_ups/sua_1/attempt_verification',
      'POST /client/sessions/sess_1/touch',
    ])
  })

  it('is abandoned once a day passes without finishing it', async () => {
    const { sandbox, clerk } = await start({
      instance: { ...presets.emailPassword.instance, signUp: { fields: { first_name: 'required' } } },
    })
    await signUpOf(clerk).create({ emailAddress: 'grace@example.com', password: 'a-long-new-password' })
    sandbox.clock.advance(23 * 60 * 60_000)
    await signUpOf(clerk).update({ firstName: 'G' })
    expect(signUpOf(clerk).status).toBe('missing_requirements')
    sandbox.clock.advance(2 * 60 * 60_000)
    await signUpOf(clerk).update({ firstName: 'Grace' })
    expect(signUpOf(clerk).status).toBe('abandoned')
  })

  it('verifies a phone number with an SMS code', async () => {
    const { sandbox, clerk } = await start(presets.phoneCode)
    await signUpOf(clerk).create({ phoneNumber: '+15555550100' })
    expect(signUpOf(clerk).unverifiedFields).toEqual(['phone_number'])
    await signUpOf(clerk).verifications.sendPhoneCode()
    expect(sandbox.outbox.latest('+15555550100')).toMatchObject({ kind: 'phone_code', purpose: 'sign_up' })
    await signUpOf(clerk).verifications.verifyPhoneCode({ code: sandbox.outbox.latestCode('+15555550100') })
    expect(signUpOf(clerk).status).toBe('complete')
  })

  it('verifies an email address with a link the test clicks', async () => {
    const { sandbox, clerk } = await start(presets.emailLink)
    await signUpOf(clerk).create({ emailAddress: 'grace@example.com' })
    await signUpOf(clerk).verifications.sendEmailLink({ verificationUrl: '/sign-up/verify' })
    const landing = await sandbox.outbox.click(sandbox.outbox.latest('grace@example.com'))
    expect(landing).toBe('http://localhost:3000/sign-up/verify?__clerk_status=verified&__clerk_created_session=sess_1')
    await signUpOf(clerk).verifications.waitForEmailLinkVerification()
    expect(signUpOf(clerk).status).toBe('complete')
  })

  it('reports every invalid field at once, each under its own name', async () => {
    const { clerk } = await start({
      instance: { ...presets.emailPassword.instance, password: { minLength: 10, compromised: ['password123'] } },
      users: [{ emailAddress: 'ada@example.com' }],
    })
    const { status, errors } = apiErrors(
      await signUpOf(clerk).create({ emailAddress: 'ada@example.com', password: 'short' }),
    )
    expect(status).toBe(422)
    expect(errors.map((error) => [error.code, error.meta?.paramName])).toEqual([
      ['form_identifier_exists', 'email_address'],
      ['form_password_length_too_short', 'password'],
    ])
    const { fields } = signUpState(clerk).errors
    expect(fields.emailAddress?.message).toBe('That email address is taken. Please try another.')
    expect(fields.password?.code).toBe('form_password_length_too_short')
    expect(signUpOf(clerk).id).toBeUndefined()

    const pwned = apiErrors(
      await signUpOf(clerk).create({ emailAddress: 'grace@example.com', password: 'password123' }),
    )
    expect(pwned.errors[0]).toMatchObject({ code: 'form_password_pwned', meta: { paramName: 'password' } })
  })

  it('refuses a field the instance does not collect', async () => {
    const { clerk } = await start(presets.emailCode)
    const { errors } = apiErrors(await signUpOf(clerk).create({ emailAddress: 'grace@example.com', username: 'grace' }))
    expect(errors[0]).toMatchObject({ code: 'form_param_unknown', meta: { paramName: 'username' } })
  })

  it.each([
    ['restricted', 'sign_up_mode_restricted'],
    ['waitlist', 'sign_up_restricted_waitlist'],
  ] as const)('refuses sign-ups in %s mode', async (mode, code) => {
    const { clerk } = await start({ instance: { ...presets.emailPassword.instance, signUp: { mode } } })
    const { status, errors } = apiErrors(
      await signUpOf(clerk).create({ emailAddress: 'grace@example.com', password: 'a-long-new-password' }),
    )
    expect(status).toBe(403)
    expect(errors[0]?.code).toBe(code)
  })

  it('refuses a transfer when no verified sign-in waits for one', async () => {
    const { clerk } = await start(presets.emailCode)
    const { errors } = apiErrors(await signUpOf(clerk).create({ transfer: true }))
    expect(errors[0]).toMatchObject({ code: 'form_param_format_invalid', meta: { paramName: 'transfer' } })
  })
})
