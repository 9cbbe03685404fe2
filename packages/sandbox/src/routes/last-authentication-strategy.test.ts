// `client.lastAuthenticationStrategy` (Clerk's "Last used" badge): set by the strategy of every
// finished sign-in or sign-up, and kept on the client for the next page load.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadClerk, signInOf, signUpOf } from '../../test/headless'
import { createSandbox, presets } from '../index'
import { setupSandboxServer } from '../node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

describe('the last authentication strategy', () => {
  it('is the first factor of a finished sign-in, and a new page load still sees it', async () => {
    const sandbox = server.use(
      createSandbox({
        ...presets.emailPasswordOrCode,
        users: [{ emailAddress: 'ada@example.com', password: 'pw-ada-1234' }],
      }),
    )
    const clerk = await loadClerk(sandbox)
    expect(clerk.client?.lastAuthenticationStrategy).toBeNull()
    await signInOf(clerk).emailCode.sendCode({ emailAddress: 'ada@example.com' })
    await signInOf(clerk).emailCode.verifyCode({ code: sandbox.outbox.latestCode('ada@example.com') })
    expect(clerk.client?.lastAuthenticationStrategy).toBe('email_code')

    await signInOf(clerk).finalize()
    await clerk.signOut()
    const nextVisit = await loadClerk(sandbox)
    expect(nextVisit.client?.lastAuthenticationStrategy).toBe('email_code')
    await signInOf(nextVisit).password({ identifier: 'ada@example.com', password: 'pw-ada-1234' })
    expect(nextVisit.client?.lastAuthenticationStrategy).toBe('password')
  })

  it('is how a finished sign-up verified its identifier', async () => {
    const sandbox = server.use(createSandbox(presets.emailPassword))
    const clerk = await loadClerk(sandbox)
    await signUpOf(clerk).create({ emailAddress: 'grace@example.com', password: 'a-long-new-password' })
    await signUpOf(clerk).verifications.sendEmailCode()
    expect(clerk.client?.lastAuthenticationStrategy).toBeNull()
    await signUpOf(clerk).verifications.verifyEmailCode({ code: sandbox.outbox.latestCode('grace@example.com') })
    expect(clerk.client?.lastAuthenticationStrategy).toBe('email_code')
  })
})
