import { describe, expect, it } from 'vitest'
import { filterCodeInput, normalizeCode } from './normalize-code'

describe('normalizeCode', () => {
  it('pulls the code out of pasted text', () => {
    expect(normalizeCode('Your code is 123 456')).toBe('123456')
    expect(normalizeCode('１２３４５６')).toBe('123456')
    expect(normalizeCode('۱۲۳۴۵۶')).toBe('123456')
    expect(normalizeCode('𝟏𝟐𝟑𝟒𝟓𝟔')).toBe('123456')
  })

  it('returns null unless exactly one code is present', () => {
    expect(normalizeCode('12345')).toBeNull()
    expect(normalizeCode('1234567')).toBeNull()
    expect(normalizeCode('')).toBeNull()
  })

  it('filters typing down to at most six digits', () => {
    expect(filterCodeInput('12a3-4 56789')).toBe('123456')
  })
})
