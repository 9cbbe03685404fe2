import { describe, expect, it } from 'vitest'
import { resolveRedirect, safeRedirect } from './resolve-redirect'

const here = (search = '') => ({ origin: 'https://app.example', search })

const HOSTILE = [
  '//evil.example',
  '///evil.example',
  'https://evil.example',
  'HTTPS://EVIL.EXAMPLE/path',
  '/\\evil.example',
  '\\\\evil.example',
  '/\t/evil.example',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\nscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'https://app.example@evil.example',
  'https://app.example.evil.example',
  'https://evil.example\\@app.example',
  'http://app.example', // same host, other scheme: another origin
  'https://app.example:8443/',
  'file:///etc/passwd',
  'blob:https://evil.example/x',
]

describe('safeRedirect', () => {
  it.each(HOSTILE)('refuses %j', (value) => {
    expect(safeRedirect(value, [], 'https://app.example')).toBeNull()
  })

  it('keeps same-origin targets as paths a router can take', () => {
    expect(safeRedirect('/dashboard?tab=1#top', [], 'https://app.example')).toBe('/dashboard?tab=1#top')
    expect(safeRedirect('https://app.example/settings', [], 'https://app.example')).toBe('/settings')
    // Percent-encoded slashes stay a harmless path on this origin.
    expect(safeRedirect('/%2F%2Fevil.example', [], 'https://app.example')).toBe('/%2F%2Fevil.example')
  })

  it('follows other origins only when they are allowed', () => {
    const allowed = ['https://docs.example', 'not a url']
    expect(safeRedirect('https://docs.example/guide', allowed, 'https://app.example')).toBe(
      'https://docs.example/guide',
    )
    expect(safeRedirect('https://docs.example.evil.example/', allowed, 'https://app.example')).toBeNull()
  })

  it("allows any http(s) origin with '*' (links), and still nothing else", () => {
    expect(safeRedirect('https://legal.example/terms', '*', 'https://app.example')).toBe('https://legal.example/terms')
    expect(safeRedirect('/privacy', '*', 'https://app.example')).toBe('/privacy')
    for (const value of HOSTILE.filter(
      (hostile) => !/^(https?:|\/\/)/i.test(hostile.trim()) && !/^[/\\]/.test(hostile),
    ))
      expect(safeRedirect(value, '*', 'https://app.example'), value).toBeNull()
  })
})

describe('resolveRedirect', () => {
  it('prefers the force prop, then redirect_url, then the fallback, then /', () => {
    const options = { forceRedirectUrl: '/forced', fallbackRedirectUrl: '/fallback' }
    expect(resolveRedirect(options, false, here('?redirect_url=%2Fasked'))).toBe('/forced')
    expect(resolveRedirect({ fallbackRedirectUrl: '/fallback' }, false, here('?redirect_url=%2Fasked'))).toBe('/asked')
    expect(resolveRedirect({ fallbackRedirectUrl: '/fallback' }, false, here())).toBe('/fallback')
    expect(resolveRedirect({}, false, here())).toBe('/')
  })

  it('uses the sign-up variants for a new account', () => {
    const options = { fallbackRedirectUrl: '/home', signUpFallbackRedirectUrl: '/welcome' }
    expect(resolveRedirect(options, true, here())).toBe('/welcome')
    expect(resolveRedirect(options, false, here())).toBe('/home')
    expect(resolveRedirect({ signUpForceRedirectUrl: '/onboarding' }, true, here('?redirect_url=/x'))).toBe(
      '/onboarding',
    )
  })

  it.each(HOSTILE)('falls back to the safe default when redirect_url is %j', (value) => {
    const search = `?redirect_url=${encodeURIComponent(value)}`
    expect(resolveRedirect({ fallbackRedirectUrl: '/home' }, false, here(search))).toBe('/home')
  })

  it.each(HOSTILE)('skips a hostile prop %j', (value) => {
    expect(resolveRedirect({ forceRedirectUrl: value }, false, here())).toBe('/')
  })

  it('allows a listed origin from the query string', () => {
    const search = `?redirect_url=${encodeURIComponent('https://docs.example/after')}`
    expect(resolveRedirect({ allowedRedirectOrigins: ['https://docs.example'] }, false, here(search))).toBe(
      'https://docs.example/after',
    )
  })
})
