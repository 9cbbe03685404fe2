import { createSandbox, presets, SandboxProvider } from '@flowkit/sandbox'
import { recordNavigations, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { SignInOrUpScreen } from '../../test/flow-harness'
import { resolveRedirect, safeRedirect } from '../navigation/resolve-redirect'
import type { SignInOrUpOptions } from '../sign-in-or-up/types'

// Redirect targets an attacker can put in a link (`?redirect_url=`) or get into a prop. Each must
// be refused (the safe default is used) unless its origin is explicitly allowed.
const ORIGIN = 'https://app.example'
const HOSTILE = [
  '//evil.example',
  '///evil.example',
  '////evil.example/path',
  '/\\evil.example',
  '\\/evil.example',
  '\\\\evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  'https://evil.example',
  'HTTPS://EVIL.EXAMPLE/path',
  'https://evil。example',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://evil.example/1',
  'ftp://evil.example',
  'https://app.example@evil.example',
  'https://user:password@evil.example',
  'https://app.example.evil.example',
  'https://evil.example\\@app.example',
  'https://evil.example#@app.example',
  'https://evil.example?@app.example',
  'http://app.example',
  'https://app.example:8443/',
  'https://[::1]/',
  'https://0x7f.1/',
]

// Same-origin URLs whose path could be mistaken for a host once resolved: they must stay here.
const PATH_TRICKS = [
  '/.//evil.example',
  '/..//evil.example',
  '/%2e//evil.example',
  '/a/..//evil.example',
  'https://app.example//evil.example',
  'https://app.example/.//evil.example',
  '%2F%2Fevil.example',
  '/%2F%2Fevil.example',
  'https:evil.example',
]

// Another scheme written without slashes: another origin from an https page (jsdom's page is http).
const HOSTILE_ON_HTTPS = [...HOSTILE, 'http:evil.example']

/** Where a router or `location.assign` would really go with `target`. */
const landsOn = (target: string) => new URL(target, `${ORIGIN}/sign-in`).origin

describe('safeRedirect and resolveRedirect refuse hostile targets', () => {
  it(`has at least 15 hostile values (${HOSTILE_ON_HTTPS.length})`, () => {
    expect(HOSTILE_ON_HTTPS.length).toBeGreaterThanOrEqual(15)
  })

  it.each(HOSTILE_ON_HTTPS)('refuses %j', (value) => {
    expect(safeRedirect(value, [], ORIGIN)).toBeNull()
    expect(
      resolveRedirect({ forceRedirectUrl: value, fallbackRedirectUrl: '/home' }, false, { origin: ORIGIN, search: '' }),
    ).toBe('/home')
    const search = `?redirect_url=${encodeURIComponent(value)}`
    expect(resolveRedirect({ fallbackRedirectUrl: '/home' }, true, { origin: ORIGIN, search })).toBe('/home')
  })

  it.each(PATH_TRICKS)('keeps %j on this origin', (value) => {
    const target = safeRedirect(value, [], ORIGIN)
    expect(target).not.toBeNull()
    expect(target).toMatch(/^\/(?![/\\])/)
    expect(landsOn(target as string)).toBe(ORIGIN)
  })

  it('falls back to / when the fallback itself is hostile', () => {
    expect(resolveRedirect({ fallbackRedirectUrl: '//evil.example' }, false, { origin: ORIGIN, search: '' })).toBe('/')
  })

  it('follows another origin only when it is allowed, and only that exact origin', () => {
    const allowed = ['https://docs.example']
    const here = (value: string) => ({ origin: ORIGIN, search: `?redirect_url=${encodeURIComponent(value)}` })
    expect(resolveRedirect({ allowedRedirectOrigins: allowed }, false, here('https://docs.example/a'))).toBe(
      'https://docs.example/a',
    )
    for (const value of [
      'https://docs.example.evil.example/',
      'https://docs.example@evil.example/',
      'http://docs.example/',
    ]) {
      expect(resolveRedirect({ allowedRedirectOrigins: allowed }, false, here(value))).toBe('/')
    }
  })
})

const server = sandboxServerForFile()
const email = 'ada@example.com'

afterEach(() => window.history.replaceState(null, '', '/'))

/** A signed-in user opens the sign-in page: the hook sends them on at once, through resolveRedirect. */
async function redirectOfSignedInUser(options: SignInOrUpOptions) {
  const sandbox = server.use(createSandbox({ ...presets.emailCode, users: [{ emailAddress: email }] }))
  sandbox.startSession(email)
  const { visited, navigate } = recordNavigations()
  render(
    <SandboxProvider sandbox={sandbox}>
      <SignInOrUpScreen options={{ navigate, ...options }} />
    </SandboxProvider>,
  )
  await expect.poll(() => visited).toHaveLength(1)
  return visited[0]
}

describe('the hook refuses hostile redirects', () => {
  it.each(HOSTILE)('from redirect_url %j', async (value) => {
    window.history.replaceState(null, '', `/sign-in?redirect_url=${encodeURIComponent(value)}`)
    expect(await redirectOfSignedInUser({ fallbackRedirectUrl: '/home' })).toBe('/home')
  })

  it.each(HOSTILE)('from the forceRedirectUrl prop %j', async (value) => {
    expect(await redirectOfSignedInUser({ forceRedirectUrl: value, fallbackRedirectUrl: '/home' })).toBe('/home')
  })

  it.each(PATH_TRICKS)('keeps redirect_url %j on this origin', async (value) => {
    window.history.replaceState(null, '', `/sign-in?redirect_url=${encodeURIComponent(value)}`)
    const target = await redirectOfSignedInUser({ fallbackRedirectUrl: '/home' })
    expect(target).toMatch(/^\/(?![/\\])/)
  })

  it('keeps a path trick on this origin after a real sign-in (finalize)', async () => {
    window.history.replaceState(null, '', `/sign-in?redirect_url=${encodeURIComponent('/.//evil.example')}`)
    const { visited, navigate } = recordNavigations()
    const { sandbox, user } = renderWithSandbox(
      server,
      { ...presets.emailCode, users: [{ emailAddress: email }] },
      <SignInOrUpScreen options={{ navigate }} />,
    )
    await user.type(await screen.findByLabelText('Identifier'), `${email}{Enter}`)
    await user.type(await screen.findByLabelText('Code'), `${sandbox.outbox.latestCode(email)}{Enter}`)
    await expect.poll(() => visited).toEqual(['/evil.example'])
  })
})
