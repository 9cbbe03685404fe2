import { describe, expect, it } from 'vitest'
import { normalizeIdentifier } from './normalize-identifier'

const all = { accepts: ['email_address', 'phone_number', 'username'] as const }

describe('normalizeIdentifier', () => {
  it('trims and lower-cases email addresses', () => {
    expect(normalizeIdentifier('  Ada.Lovelace@Example.COM ', all)).toEqual({
      ok: true,
      kind: 'email_address',
      value: 'ada.lovelace@example.com',
    })
  })

  it('folds full-width characters before classifying', () => {
    expect(normalizeIdentifier('ａｄａ＠example.com', all)).toMatchObject({ ok: true, value: 'ada@example.com' })
  })

  it('rejects malformed and over-long email addresses', () => {
    expect(normalizeIdentifier('ada@', all)).toEqual({ ok: false, problem: 'invalid_email', kind: 'email_address' })
    expect(normalizeIdentifier('ada@example', all)).toMatchObject({ ok: false, problem: 'invalid_email' })
    expect(normalizeIdentifier(`${'a'.repeat(250)}@example.com`, all)).toMatchObject({ problem: 'too_long' })
  })

  it('turns phone numbers into E.164, with a default calling code for national numbers', () => {
    expect(normalizeIdentifier('+1 (415) 555-0100', all)).toMatchObject({ kind: 'phone_number', value: '+14155550100' })
    expect(normalizeIdentifier('0044 20 7946 0958', all)).toMatchObject({ value: '+442079460958' })
    expect(normalizeIdentifier('020 7946 0958', { ...all, defaultCallingCode: '44' })).toMatchObject({
      value: '+442079460958',
    })
    expect(normalizeIdentifier('+٤٤ ٢٠ ٧٩٤٦ ٠٩٥٨', all)).toMatchObject({ value: '+442079460958' })
  })

  it('rejects phone numbers that cannot be E.164', () => {
    expect(normalizeIdentifier('12', all)).toMatchObject({ ok: false, problem: 'invalid_phone' })
    expect(normalizeIdentifier('+0 123 456 789', all)).toMatchObject({ ok: false, problem: 'invalid_phone' })
  })

  it('treats other text as a username when the instance accepts usernames', () => {
    expect(normalizeIdentifier(' ada_l ', all)).toEqual({ ok: true, kind: 'username', value: 'ada_l' })
    expect(normalizeIdentifier('ada lovelace', all)).toMatchObject({ ok: false, problem: 'invalid_username' })
  })

  it('refuses identifiers the instance does not accept, and empty input', () => {
    expect(normalizeIdentifier('ada_l', { accepts: ['email_address'] })).toMatchObject({ ok: false })
    expect(normalizeIdentifier('+14155550100', { accepts: ['email_address'] })).toMatchObject({
      ok: false,
      problem: 'not_accepted',
    })
    expect(normalizeIdentifier('   ', all)).toEqual({ ok: false, problem: 'empty' })
  })
})
