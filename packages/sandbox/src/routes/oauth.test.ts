// OAuth as a test sees it: clerk-js sends the window to the provider (the sandbox intercepts that),
// the test answers for the provider, and a fresh Clerk on the callback page (the page the browser
// would load) finishes through Clerk's own redirect callback.
import type { Clerk } from '@clerk/clerk-js'
import { isClerkAPIResponseError } from '@clerk/react/errors'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadClerk, signInOf, signUpOf } from '../../test/headless'
import { createSandbox, type Sandbox, type SandboxConfig } from '../index'
import { setupSandboxServer } from '../node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const instance = {
  identifiers: ['email_address' as const],
  firstFactors: ['email_code' as const],
  oauth: ['google' as const],
}
const sso = { strategy: 'oauth_google', redirectUrl: '/done', redirectCallbackUrl: '/sso-callback' } as const

async function start(config: SandboxConfig) {
  const sandbox = server.use(createSandbox(config))
  return { sandbox, clerk: await loadClerk(sandbox) }
}

/** The page load after the provider: a new Clerk runs Clerk's redirect callback; returns where it went. */
async function comeBack(sandbox: Sandbox): Promise<{ clerk: Clerk; navigatedTo: string[] }> {
  const clerk = await loadClerk(sandbox)
  const navigatedTo: string[] = []
  await clerk.handleRedirectCallback({}, async (to) => {
    navigatedTo.push(to)
  })
  return { clerk, navigatedTo }
}

describe('OAuth sign-in', () => {
  it('lists the providers in the environment', async () => {
    const { clerk } = await start({ instance })
    const social = (
      clerk as unknown as { __internal_environment: { userSettings: { socialProviderStrategies: string[] } } }
    ).__internal_environment.userSettings.socialProviderStrategies
    expect(social).toEqual(['oauth_google'])
  })

  it('sends the user to the fake provider, then signs an existing user in through the callback', async () => {
    const { sandbox, clerk } = await start({ instance, users: [{ emailAddress: 'ada@example.com' }] })
    expect((await signInOf(clerk).sso(sso)).error).toBeNull()

    const pending = sandbox.oauth.pending
    expect(pending).toMatchObject({
      provider: 'google',
      flow: 'sign_in',
      callbackUrl: expect.stringMatching(/\/sso-callback$/),
    })
    expect(sandbox.navigations).toEqual([pending?.url])
    expect(pending?.url).toMatch(/^https:\/\/clerk\.flowkit\.localhost\/v1\/oauth\/authorize\?provider=google&state=/)

    expect(sandbox.oauth.authorize({ emailAddress: 'ada@example.com' })).toBe(pending?.callbackUrl)
    const { clerk: afterRedirect } = await comeBack(sandbox)

    expect(afterRedirect.user?.primaryEmailAddress?.emailAddress).toBe('ada@example.com')
    expect(afterRedirect.user?.externalAccounts.map((account) => account.provider)).toEqual(['google'])
    expect(sandbox.requests.afterLoad().at(-1)?.path).toBe('/client/sessions/sess_1/touch')
  })

  it('transfers a new account to a sign-up, with the address the provider vouches for', async () => {
    const { sandbox, clerk } = await start({ instance })
    await signInOf(clerk).sso(sso)
    sandbox.oauth.authorize({ emailAddress: 'grace@example.com', firstName: 'Grace', lastName: 'Hopper' })

    const { clerk: afterRedirect } = await comeBack(sandbox)

    expect(afterRedirect.user).toMatchObject({ firstName: 'Grace', lastName: 'Hopper' })
    expect(afterRedirect.user?.primaryEmailAddress?.emailAddress).toBe('grace@example.com')
    expect(sandbox.requests.summary({ afterLoad: true }).slice(-2)).toEqual([
      'POST /client/sign_ups',
      'POST /client/sessions/sess_1/touch',
    ])
    expect(sandbox.requests.afterLoad().at(-2)?.body).toMatchObject({ transfer: 'true' })
  })

  it('stops at missing requirements when the sign-up needs legal consent', async () => {
    const { sandbox, clerk } = await start({ instance: { ...instance, signUp: { legalConsent: true } } })
    await signInOf(clerk).sso(sso)
    sandbox.oauth.authorize({ emailAddress: 'grace@example.com' })

    const { clerk: afterRedirect, navigatedTo } = await comeBack(sandbox)

    expect(signUpOf(afterRedirect)).toMatchObject({ status: 'missing_requirements', missingFields: ['legal_accepted'] })
    expect(navigatedTo.at(-1)).toContain('/sign-up')
    await signUpOf(afterRedirect).update({ legalAccepted: true })
    expect(signUpOf(afterRedirect).status).toBe('complete')
  })

  it('reports a refusal at the provider', async () => {
    const { sandbox, clerk } = await start({ instance })
    await signInOf(clerk).sso(sso)
    sandbox.oauth.deny()
    const { clerk: afterRedirect } = await comeBack(sandbox)
    expect(signInOf(afterRedirect).firstFactorVerification.status).toBe('failed')
    expect(signInOf(afterRedirect).firstFactorVerification.error?.code).toBe('oauth_access_denied')
    expect(afterRedirect.session).toBeNull()
  })

  it('refuses a provider the instance does not offer', async () => {
    const { sandbox, clerk } = await start({ instance })
    const { error } = await signInOf(clerk).sso({ ...sso, strategy: 'oauth_github' })
    expect(isClerkAPIResponseError(error) && error.errors[0]?.code).toBe('strategy_for_user_invalid')
    expect(sandbox.oauth.pending).toBeUndefined()
  })
})

describe('OAuth sign-up', () => {
  it('creates the account from the provider', async () => {
    const { sandbox, clerk } = await start({ instance })
    await signUpOf(clerk).sso(sso)
    expect(sandbox.oauth.pending?.flow).toBe('sign_up')
    sandbox.oauth.authorize({ emailAddress: 'grace@example.com' })

    const { clerk: afterRedirect } = await comeBack(sandbox)
    expect(afterRedirect.user?.primaryEmailAddress?.emailAddress).toBe('grace@example.com')
    expect(afterRedirect.user?.passwordEnabled).toBe(false)
  })

  it('signs an existing account in instead (transfer to sign-in)', async () => {
    const { sandbox, clerk } = await start({ instance, users: [{ emailAddress: 'ada@example.com' }] })
    await signUpOf(clerk).sso(sso)
    sandbox.oauth.authorize({ emailAddress: 'ada@example.com' })

    const { clerk: afterRedirect } = await comeBack(sandbox)
    expect(afterRedirect.user?.id).toBe('user_1')
    expect(sandbox.requests.summary({ afterLoad: true })).toContain('POST /client/sign_ins')
    expect(sandbox.requests.afterLoad().find((request) => request.path === '/client/sign_ins')?.body).toMatchObject({
      transfer: 'true',
    })
  })
})
