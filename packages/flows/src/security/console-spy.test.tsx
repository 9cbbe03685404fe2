import { presets } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { findLeaks, sentSecrets } from '../../../../scripts/vitest.console-spy'
import { SignInOrUpScreen } from '../../test/flow-harness'

// The unit suite's console spy (scripts/vitest.console-spy.ts) fails any test whose console output
// holds a secret. These tests check what it recognises, and that it learns what the client sends.
const server = sandboxServerForFile()
const call = (text: string) => [{ method: 'warn', text }]

describe('the console spy', () => {
  it.each([
    ['an email address', 'signing in ada.lovelace+test@example.co.uk'],
    ['a session id', 'activated sess_2Xy9'],
    ['a token (JWT)', 'token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyXzEifQ.c2ln'],
    ['a dev-browser token', '__clerk_db_jwt=dvb_abc123'],
    ['a secret key', 'sk_test_abcdef'],
    ['a one-time code', 'Your code is 424242.'],
  ])('recognises %s', (kind, text) => {
    expect(findLeaks(call(text), [])).toEqual([`console.warn logged ${kind}`])
  })

  it('recognises a password the client sent, wherever it appears', () => {
    expect(findLeaks(call('{"password":"correct-horse-battery"}'), ['correct-horse-battery'])).toEqual([
      'console.warn logged a password or code the client sent',
    ])
  })

  it('lets ordinary output through', () => {
    const ordinary = [
      'fault matrix: 215 cases passed',
      '<SignIn>: `appearance` is ignored',
      'Warning: 2026-11-23T10:47:48 took 1087ms on port 63315',
      'https://clerk.flowkit.localhost/v1/client?__clerk_api_version=2025-11-10',
    ]
    expect(findLeaks(ordinary.flatMap(call), [])).toEqual([])
  })

  it('learns the passwords the client sends', async () => {
    const password = 'correct-horse-battery'
    const { user } = renderWithSandbox(
      server,
      { ...presets.emailPassword, users: [{ emailAddress: 'ada@example.com', password, knownClient: true }] },
      <SignInOrUpScreen />,
    )
    await user.type(await screen.findByLabelText('Identifier'), 'ada@example.com{Enter}')
    await user.type(await screen.findByLabelText('Password'), `${password}{Enter}`)
    await screen.findByRole('heading', { name: 'complete' })
    expect(sentSecrets().has(password)).toBe(true)
  })
})
