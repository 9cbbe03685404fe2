import type { EnvironmentResource } from '@clerk/react/types'
import { describe, expect, it } from 'vitest'
import { fieldName } from '../errors/normalize-error'
import { describeField, normalizeValue } from './field-catalog'

// Only the settings the catalog reads; the rest of a loaded environment is irrelevant here.
const env = {
  userSettings: { passwordSettings: { min_length: 10 } },
  displayConfig: { termsUrl: 'https://example.com/terms', privacyPolicyUrl: 'javascript:alert(1)' },
} as unknown as EnvironmentResource

describe('describeField', () => {
  it('describes every field Flowkit knows with its input kind, autocomplete and label key', () => {
    expect(describeField('first_name')).toMatchObject({
      kind: 'text',
      autoComplete: 'given-name',
      labelKey: 'firstName',
    })
    expect(describeField('last_name')).toMatchObject({ kind: 'text', autoComplete: 'family-name' })
    expect(describeField('username')).toMatchObject({ kind: 'text', autoComplete: 'username' })
    expect(describeField('email_address')).toMatchObject({ kind: 'email', autoComplete: 'email' })
    expect(describeField('phone_number')).toMatchObject({ kind: 'tel', autoComplete: 'tel' })
    expect(describeField('password')).toMatchObject({ kind: 'password', autoComplete: 'new-password' })
    expect(describeField('legal_accepted')).toMatchObject({
      kind: 'checkbox',
      labelKey: 'legalAccepted',
      required: true,
    })
  })

  it('surfaces a field it does not know instead of dropping it', () => {
    expect(describeField('birthday')).toMatchObject({ name: 'birthday', kind: 'unknown', labelKey: 'birthday' })
    expect(describeField('birthday').validate('')).toMatchObject({ messageKey: 'empty' })
  })

  it('checks values before submit', () => {
    expect(describeField('first_name').validate('  ')).toMatchObject({ messageKey: 'empty', field: 'firstName' })
    expect(describeField('first_name').validate('Ada')).toBeNull()
    expect(describeField('email_address').validate('ada@')).toMatchObject({ messageKey: 'invalid_email' })
    expect(describeField('phone_number').validate('12')).toMatchObject({ messageKey: 'invalid_phone' })
    expect(describeField('phone_number', env, '44').validate('020 7946 0958')).toBeNull()
    expect(describeField('username').validate('ada lovelace')).toMatchObject({ messageKey: 'invalid_username' })
    expect(describeField('legal_accepted').validate(false)).toMatchObject({ messageKey: 'legal_required' })
    expect(describeField('legal_accepted').validate(true)).toBeNull()
  })

  it('applies the instance’s minimum password length', () => {
    expect(describeField('password', env).validate('123456789')).toMatchObject({ messageKey: 'password_too_short' })
    expect(describeField('password', env).validate('1234567890')).toBeNull()
  })

  it('links the legal checkbox to http(s) terms and privacy pages only', () => {
    expect(describeField('legal_accepted', env).links).toEqual({
      termsUrl: 'https://example.com/terms',
      privacyPolicyUrl: null,
    })
  })
})

describe('normalizeValue', () => {
  it('sends what validate checked', () => {
    expect(normalizeValue('email_address', ' Ada@Example.com ')).toBe('ada@example.com')
    expect(normalizeValue('phone_number', '020 7946 0958', '44')).toBe('+442079460958')
    expect(normalizeValue('first_name', '  Ada ')).toBe('Ada')
    expect(normalizeValue('password', ' secret with spaces ')).toBe(' secret with spaces ')
    expect(normalizeValue('legal_accepted', true)).toBe(true)
  })
})

describe('fieldName', () => {
  it('camel-cases Clerk attribute names', () => {
    expect(fieldName('legal_accepted')).toBe('legalAccepted')
  })
})
