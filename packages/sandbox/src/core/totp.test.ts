import { describe, expect, it } from 'vitest'
import { base32Decode, hotp, totpCode, verifyTotp } from './totp'

// RFC 6238 appendix B (SHA-1 seed "12345678901234567890"), last six digits of its 8-digit codes.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'

describe('TOTP (RFC 6238)', () => {
  it('decodes base32 as RFC 4648 does', () => {
    expect(new TextDecoder().decode(base32Decode(RFC_SECRET))).toBe('12345678901234567890')
  })

  it('matches the RFC 4226 HOTP test values', () => {
    const key = base32Decode(RFC_SECRET)
    expect([0, 1, 2, 9].map((counter) => hotp(key, counter))).toEqual(['755224', '287082', '359152', '520489'])
  })

  it.each([
    [59, '287082'],
    [1111111109, '081804'],
    [1111111111, '050471'],
    [1234567890, '005924'],
    [2000000000, '279037'],
    [20000000000, '353130'],
  ])('gives the RFC code at T=%i', (seconds, code) => {
    expect(totpCode(RFC_SECRET, seconds * 1000)).toBe(code)
  })

  it('accepts one step of drift either way, and nothing further', () => {
    const now = 1234567890 * 1000
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, now - 30_000), now)).toBe(true)
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, now + 30_000), now)).toBe(true)
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, now - 60_000), now)).toBe(false)
  })
})
