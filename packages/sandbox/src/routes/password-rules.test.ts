// Password rules from the instance: stated in the environment (what Clerk's UI checks as you type) and
// enforced by the sandbox at sign-up, reset and change, with Clerk's codes, every broken rule at once.
import { isClerkAPIResponseError } from '@clerk/react/errors'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadClerk, signInOf, signUpOf } from '../../test/headless'
import { createSandbox, presets, type SandboxConfig } from '../index'
import { setupSandboxServer } from '../node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const strict: SandboxConfig = {
  instance: {
    ...presets.emailPassword.instance,
    clientTrust: false,
    password: {
      minLength: 10,
      maxLength: 20,
      requireNumbers: true,
      requireSpecialChar: true,
      requireUppercase: true,
      requireLowercase: true,
    },
  },
  users: [{ emailAddress: 'ada@example.com', password: 'Old-password-1' }],
}

const codesOf = (result: { error: unknown }) => {
  if (!isClerkAPIResponseError(result.error)) throw new Error(`expected a Clerk API error, got ${String(result.error)}`)
  return result.error.errors.map((error) => [error.code, error.meta?.paramName])
}

describe('password rules', () => {
  it('states them in the environment', async () => {
    const clerk = await loadClerk(server.use(createSandbox(strict)))
    expect(clerk.__internal_environment?.userSettings.passwordSettings).toMatchObject({
      min_length: 10,
      max_length: 20,
      require_numbers: true,
      require_special_char: true,
      require_uppercase: true,
      require_lowercase: true,
      allowed_special_characters: expect.stringContaining('!'),
    })
  })

  it('refuses a sign-up password for every rule it breaks, in one answer', async () => {
    const clerk = await loadClerk(server.use(createSandbox(strict)))
    expect(
      codesOf(await signUpOf(clerk).create({ emailAddress: 'grace@example.com', password: 'abcdefghijk' })),
    ).toEqual([
      ['form_password_no_uppercase', 'password'],
      ['form_password_no_number', 'password'],
      ['form_password_no_special_char', 'password'],
    ])
    expect(
      codesOf(await signUpOf(clerk).create({ emailAddress: 'grace@example.com', password: 'ABCDEFGH1!XY' })),
    ).toEqual([['form_password_no_lowercase', 'password']])
    expect(
      codesOf(
        await signUpOf(clerk).create({ emailAddress: 'grace@example.com', password: 'Aa1!aaaaaaaaaaaaaaaaaaaa' }),
      ),
    ).toEqual([['form_password_length_too_long', 'password']])
    expect(codesOf(await signUpOf(clerk).create({ emailAddress: 'grace@example.com', password: 'Aa1!' }))).toEqual([
      ['form_password_length_too_short', 'password'],
    ])

    const accepted = await signUpOf(clerk).create({ emailAddress: 'grace@example.com', password: 'Good-pass-42' })
    expect(accepted.error).toBeNull()
    expect(signUpOf(clerk).unverifiedFields).toEqual(['email_address'])
  })

  it('holds a reset password to the rules too', async () => {
    const sandbox = server.use(createSandbox(strict))
    const clerk = await loadClerk(sandbox)
    await signInOf(clerk).create({ identifier: 'ada@example.com' })
    await signInOf(clerk).resetPasswordEmailCode.sendCode()
    await signInOf(clerk).resetPasswordEmailCode.verifyCode({ code: sandbox.outbox.latestCode('ada@example.com') })
    expect(codesOf(await signInOf(clerk).resetPasswordEmailCode.submitPassword({ password: 'nouppercase1!' }))).toEqual(
      [['form_password_no_uppercase', 'password']],
    )
    expect(
      (await signInOf(clerk).resetPasswordEmailCode.submitPassword({ password: 'New-password-2' })).error,
    ).toBeNull()
    expect(signInOf(clerk).status).toBe('complete')
  })
})
