import type { EnvironmentResource } from '@clerk/react/types'
import { describe, expect, it } from 'vitest'
import { checkPassword, passwordRules, passwordStrength } from './password-rules'

// Only `userSettings.passwordSettings` is read: the rest of Clerk's environment is left out.
const withSettings = (settings: object) => ({ userSettings: { passwordSettings: settings } }) as EnvironmentResource

describe('passwordRules', () => {
  it('is a minimum of 8 when the instance says nothing', () => {
    expect(passwordRules(undefined).map((rule) => [rule.key, rule.value])).toEqual([['password_too_short', 8]])
  })

  it('lists every rule the instance sets, in the order a hint shows them', () => {
    const rules = passwordRules(
      withSettings({
        min_length: 10,
        max_length: 72,
        require_numbers: true,
        require_special_char: true,
        require_uppercase: true,
        require_lowercase: true,
      }),
    )
    expect(rules.map((rule) => rule.key)).toEqual([
      'password_too_short',
      'password_too_long',
      'password_needs_number',
      'password_needs_special',
      'password_needs_uppercase',
      'password_needs_lowercase',
    ])
    expect(rules.map((rule) => rule.met('Correct-horse-7'))).toEqual([true, true, true, true, true, true])
    expect(rules.map((rule) => rule.met('short'))).toEqual([false, true, false, false, false, true])
  })

  it('counts letters and digits of any script', () => {
    const [, number, upper] = passwordRules(withSettings({ require_numbers: true, require_uppercase: true }))
    expect(number?.met('пароль٣')).toBe(true)
    expect(upper?.met('Пароль')).toBe(true)
  })
})

describe('checkPassword', () => {
  const rules = passwordRules(withSettings({ min_length: 8, require_numbers: true }))

  it('names the first rule not met, at the field', () => {
    expect(checkPassword(rules, 'abc', 'newPassword')).toMatchObject({
      code: 'invalid_input',
      messageKey: 'password_too_short',
      message: 'Password too short.',
      field: 'newPassword',
      // For a translation that names the length (Clerk's "at least {{length}} characters").
      values: { length: 8 },
    })
    expect(checkPassword(rules, 'abcdefgh', 'password')).toMatchObject({ messageKey: 'password_needs_number' })
    expect(checkPassword(rules, 'abcdefgh', 'password')?.values).toBeUndefined()
    expect(checkPassword(rules, 'abcdefg1', 'password')).toBeNull()
  })
})

describe('passwordStrength', () => {
  const rules = passwordRules(undefined)
  it.each([
    ['', 'weak'],
    ['short', 'weak'],
    ['abcdefgh', 'fair'],
    ['Abcdefgh1234', 'strong'],
    ['abcdefghijkl', 'fair'],
  ] as const)('%j is %s', (password, strength) => {
    expect(passwordStrength(rules, password)).toBe(strength)
  })
})
