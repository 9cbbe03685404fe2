// Enterprise SSO as clerk-js runs it: an email on a connection's domain is offered that connection
// (identifier-first), signIn.sso({ strategy: 'enterprise_sso' }) sends the browser to the fake IdP
// (recorded, not followed), and a fresh Clerk on the callback page finishes through Clerk's own
// redirect callback.
import type { Clerk } from '@clerk/clerk-js'
import { isClerkAPIResponseError } from '@clerk/react/errors'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadClerk, signInOf, signUpOf } from '../../test/headless'
import { createSandbox, presets, type Sandbox, type SandboxConfig } from '../index'
import { setupSandboxServer } from '../node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const acme: SandboxConfig = {
  instance: {
    ...presets.emailPassword.instance,
    clientTrust: false,
    enterpriseConnections: [{ name: 'Acme Okta', domains: ['acme.com'], protocol: 'saml' }],
  },
}
const sso = { strategy: 'enterprise_sso', redirectUrl: '/done', redirectCallbackUrl: '/sso-callback' } as const

/** The page load after the IdP: a new Clerk runs Clerk's redirect callback; returns where it sent the app. */
async function comeBack(sandbox: Sandbox): Promise<{ clerk: Clerk; navigatedTo: string[] }> {
  const clerk = await loadClerk(sandbox)
  const navigatedTo: string[] = []
  await clerk.handleRedirectCallback({}, async (to) => {
    navigatedTo.push(to)
  })
  return { clerk, navigatedTo }
}

const codeOf = (result: { error: unknown }) =>
  isClerkAPIResponseError(result.error) ? result.error.errors[0]?.code : `no API error (${String(result.error)})`

describe('enterprise SSO sign-in', () => {
  it('is enabled in the environment when connections are configured', async () => {
    const clerk = await loadClerk(server.use(createSandbox(acme)))
    expect(clerk.__internal_environment?.userSettings.enterpriseSSO.enabled).toBe(true)
  })

  it('offers an email on the domain its connection instead of a password, and signs the user in there', async () => {
    const sandbox = server.use(
      createSandbox({ ...acme, users: [{ emailAddress: 'ada@acme.com', password: 'pw-ada-1234' }] }),
    )
    const clerk = await loadClerk(sandbox)
    await signInOf(clerk).create({ identifier: 'ada@acme.com' })
    expect(signInOf(clerk).status).toBe('needs_first_factor')
    expect(signInOf(clerk).supportedFirstFactors).toEqual([
      {
        strategy: 'enterprise_sso',
        safeIdentifier: 'ada@acme.com',
        enterpriseConnectionId: 'ent_1',
        enterpriseConnectionName: 'Acme Okta',
      },
    ])
    expect(codeOf(await signInOf(clerk).password({ password: 'pw-ada-1234' }))).toBe('strategy_for_user_invalid')

    await signInOf(clerk).create({ identifier: 'ada@acme.com' })
    expect((await signInOf(clerk).sso(sso)).error).toBeNull()
    const prepare = sandbox.requests.afterLoad().at(-1)
    expect(prepare).toMatchObject({
      path: '/client/sign_ins/sia_3/prepare_first_factor',
      body: {
        strategy: 'enterprise_sso',
        redirect_url: expect.stringMatching(/\/sso-callback$/),
        action_complete_redirect_url: expect.stringMatching(/\/done$/),
      },
    })
    const pending = sandbox.enterprise.pending
    expect(pending).toMatchObject({
      connection: { id: 'ent_1', name: 'Acme Okta', protocol: 'saml' },
      flow: 'sign_in',
      emailAddress: 'ada@acme.com',
    })
    expect(sandbox.navigations).toEqual([pending?.url])
    expect(pending?.url).toMatch(/^https:\/\/clerk\.flowkit\.localhost\/v1\/enterprise\/authorize\?connection=ent_1&/)

    expect(sandbox.enterprise.authorize({ firstName: 'Ada' })).toBe(pending?.callbackUrl)
    const { clerk: afterRedirect } = await comeBack(sandbox)
    expect(afterRedirect.user?.primaryEmailAddress?.emailAddress).toBe('ada@acme.com')
    expect(afterRedirect.user?.enterpriseAccounts.map((account) => [account.emailAddress, account.protocol])).toEqual([
      ['ada@acme.com', 'saml'],
    ])
    expect(afterRedirect.client?.lastAuthenticationStrategy).toBe('enterprise_sso')
  })

  it('sends a new user through the transfer to a sign-up, which needs no password', async () => {
    const sandbox = server.use(createSandbox(acme))
    const clerk = await loadClerk(sandbox)
    // No sign-in yet: sso() creates one with the identifier, then prepares the connection.
    expect((await signInOf(clerk).sso({ ...sso, identifier: 'grace@acme.com' })).error).toBeNull()
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_first_factor',
    ])
    expect(sandbox.requests.afterLoad()[0]?.body).toMatchObject({
      strategy: 'enterprise_sso',
      identifier: 'grace@acme.com',
    })
    sandbox.enterprise.authorize({ firstName: 'Grace', lastName: 'Hopper' })

    const { clerk: afterRedirect } = await comeBack(sandbox)
    expect(afterRedirect.user).toMatchObject({ firstName: 'Grace', lastName: 'Hopper', passwordEnabled: false })
    expect(afterRedirect.user?.enterpriseAccounts).toHaveLength(1)
    expect(sandbox.requests.afterLoad().find((request) => request.path === '/client/sign_ups')?.body).toMatchObject({
      transfer: 'true',
    })
  })

  it('stops the transferred sign-up at the fields the instance still requires', async () => {
    const sandbox = server.use(createSandbox({ instance: { ...acme.instance, signUp: { legalConsent: true } } }))
    const clerk = await loadClerk(sandbox)
    await signInOf(clerk).sso({ ...sso, identifier: 'grace@acme.com' })
    sandbox.enterprise.authorize()
    const { clerk: afterRedirect, navigatedTo } = await comeBack(sandbox)
    expect(signUpOf(afterRedirect)).toMatchObject({ status: 'missing_requirements', missingFields: ['legal_accepted'] })
    expect(navigatedTo.at(-1)).toContain('/sign-up')
    await signUpOf(afterRedirect).update({ legalAccepted: true })
    expect(signUpOf(afterRedirect).status).toBe('complete')
  })

  it('lists every connection an email matches, and goes to the one chosen', async () => {
    const sandbox = server.use(
      createSandbox({
        instance: {
          ...acme.instance,
          enterpriseConnections: [
            { name: 'Acme Okta', domains: ['acme.com'], protocol: 'saml' },
            { name: 'Acme Entra', domains: ['acme.com'], protocol: 'oidc', id: 'ent_entra' },
          ],
        },
        users: [{ emailAddress: 'ada@acme.com' }],
      }),
    )
    const clerk = await loadClerk(sandbox)
    await signInOf(clerk).create({ identifier: 'ada@acme.com' })
    expect(
      signInOf(clerk).supportedFirstFactors.map(
        (factor) => 'enterpriseConnectionName' in factor && factor.enterpriseConnectionName,
      ),
    ).toEqual(['Acme Okta', 'Acme Entra'])
    expect(codeOf(await signInOf(clerk).sso(sso))).toBe('form_param_nil')
    await signInOf(clerk).sso({ ...sso, enterpriseConnectionId: 'ent_entra' })
    expect(sandbox.enterprise.pending?.connection).toEqual({ id: 'ent_entra', name: 'Acme Entra', protocol: 'oidc' })
  })

  it('reports a refusal at the IdP, and an address outside the connection’s domains', async () => {
    const sandbox = server.use(createSandbox({ ...acme, users: [{ emailAddress: 'ada@acme.com' }] }))
    const clerk = await loadClerk(sandbox)
    await signInOf(clerk).sso({ ...sso, identifier: 'ada@acme.com' })
    sandbox.enterprise.deny()
    const { clerk: denied } = await comeBack(sandbox)
    expect(signInOf(denied).firstFactorVerification.error?.code).toBe('oauth_access_denied')
    expect(denied.session).toBeNull()

    await signInOf(denied).sso({ ...sso, identifier: 'ada@acme.com' })
    sandbox.enterprise.authorize({ emailAddress: 'ada@elsewhere.com' })
    const { clerk: mismatched } = await comeBack(sandbox)
    expect(signInOf(mismatched).firstFactorVerification.error?.code).toBe(
      'enterprise_sso_email_address_domain_mismatch',
    )
    expect(mismatched.session).toBeNull()
  })
})

describe('enterprise SSO sign-up', () => {
  it('signUp.sso() sends the address to its connection and creates the account from the IdP', async () => {
    const sandbox = server.use(createSandbox(acme))
    const clerk = await loadClerk(sandbox)
    expect((await signUpOf(clerk).sso({ ...sso, emailAddress: 'grace@acme.com' })).error).toBeNull()
    expect(sandbox.requests.afterLoad()[0]?.body).toMatchObject({
      strategy: 'enterprise_sso',
      email_address: 'grace@acme.com',
    })
    expect(sandbox.enterprise.pending).toMatchObject({ flow: 'sign_up', emailAddress: 'grace@acme.com' })
    sandbox.enterprise.authorize()

    const { clerk: afterRedirect } = await comeBack(sandbox)
    expect(afterRedirect.user?.primaryEmailAddress?.emailAddress).toBe('grace@acme.com')
    expect(afterRedirect.user?.enterpriseAccounts[0]?.enterpriseConnection?.name).toBe('Acme Okta')
  })

  it('signs an existing account in instead (transfer to sign-in)', async () => {
    const sandbox = server.use(createSandbox({ ...acme, users: [{ emailAddress: 'ada@acme.com' }] }))
    const clerk = await loadClerk(sandbox)
    await signUpOf(clerk).sso({ ...sso, emailAddress: 'ada@acme.com' })
    sandbox.enterprise.authorize()
    const { clerk: afterRedirect } = await comeBack(sandbox)
    expect(afterRedirect.user?.id).toBe('user_1')
    expect(sandbox.requests.afterLoad().find((request) => request.path === '/client/sign_ins')?.body).toMatchObject({
      transfer: 'true',
    })
  })

  it('holds a sign-up by form on an enterprise domain until it goes through the connection', async () => {
    const sandbox = server.use(createSandbox(acme))
    const clerk = await loadClerk(sandbox)
    await signUpOf(clerk).create({ emailAddress: 'grace@acme.com' })
    expect(signUpOf(clerk).missingFields).toEqual(['enterprise_sso'])
    const connections = await clerk.client?.signUp.__experimental_getEnterpriseConnections()
    expect(connections?.map(({ id, name }) => ({ id, name }))).toEqual([{ id: 'ent_1', name: 'Acme Okta' }])

    await signUpOf(clerk).sso({ ...sso, enterpriseConnectionId: 'ent_1' })
    expect(sandbox.requests.afterLoad().at(-1)).toMatchObject({ method: 'PATCH', path: '/client/sign_ups/sua_1' })
    sandbox.enterprise.authorize()
    const { clerk: afterRedirect } = await comeBack(sandbox)
    expect(afterRedirect.user?.primaryEmailAddress?.emailAddress).toBe('grace@acme.com')
  })
})
