// Clerk's own <SignIn/> (@clerk/ui) with an email on an enterprise connection's domain: it goes to
// the connection's IdP (or asks which connection, when several match) and back through the callback.
import { AuthenticateWithRedirectCallback, SignIn } from '@clerk/react'
import { describe, expect, it } from 'vitest'
import { type EnterpriseConnectionConfig, presets, type SandboxConfig } from '../src/index'
import { expectSession, fill, press, renderWithClerkUi, returnFromProvider } from './harness'

const okta: EnterpriseConnectionConfig = { name: 'Acme Okta', domains: ['acme.com'], protocol: 'saml' }
const withAcme = (connections: EnterpriseConnectionConfig[] = [okta]): SandboxConfig => ({
  instance: { ...presets.emailPassword.instance, clientTrust: false, enterpriseConnections: connections },
  users: [{ emailAddress: 'ada@acme.com' }],
})

describe('Clerk’s <SignIn/> with enterprise SSO', () => {
  it('sends an email on the connection’s domain to its IdP, and signs in on the way back', async () => {
    const { sandbox, user, page } = renderWithClerkUi(withAcme(), <SignIn routing="hash" />)
    await fill(user, 'Email address', 'ada@acme.com')
    await press(user, 'Continue')
    await expect.poll(() => sandbox.enterprise.pending?.connection.name).toBe('Acme Okta')
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_first_factor',
    ])
    const callbackUrl = sandbox.enterprise.authorize()

    returnFromProvider(sandbox, page, callbackUrl, <AuthenticateWithRedirectCallback />)
    await expectSession('Signed in as ada@acme.com')
  })

  it('asks which connection to use when several match', async () => {
    const { sandbox, user } = renderWithClerkUi(
      withAcme([okta, { name: 'Acme Entra', domains: ['acme.com'], protocol: 'oidc' }]),
      <SignIn routing="hash" />,
    )
    await fill(user, 'Email address', 'ada@acme.com')
    await press(user, 'Continue')
    await press(user, /Acme Entra/)
    await expect.poll(() => sandbox.enterprise.pending?.connection.name).toBe('Acme Entra')
  })
})
