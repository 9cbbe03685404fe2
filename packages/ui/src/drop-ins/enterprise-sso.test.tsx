// Enterprise SSO through <SignInOrUp/>, as a user meets it: an email on a connected domain leaves
// for the IdP at once (one connection) or after a choice (several), the page the IdP sends the
// browser back to finishes the sign-in or the new user's sign-up, and a refusal is said there.
import type { EnterpriseConnectionConfig, Sandbox, SandboxConfig } from '@flowkit/sandbox'
import {
  focusWhenShown,
  recordNavigations,
  renderAgain,
  renderWithSandbox,
  sandboxServerForFile,
} from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { SignInOrUp } from './sign-in-or-up'

const server = sandboxServerForFile()
const okta = { name: 'Acme Okta', domains: ['acme.com'], protocol: 'saml' as const }
const entra = { id: 'ent_entra', name: 'Acme Entra', domains: ['acme.com'], protocol: 'oidc' as const }
const config = (connections: EnterpriseConnectionConfig[] = [okta], over: SandboxConfig = {}): SandboxConfig => ({
  instance: { identifiers: ['email_address'], firstFactors: ['password'], enterpriseConnections: connections },
  ...over,
})

afterEach(() => window.history.replaceState(null, '', '/'))

/** The browser comes back from the IdP to `callbackUrl`: a page load with a new Clerk. */
function comeBack(sandbox: Sandbox, callbackUrl: string) {
  const { pathname, search } = new URL(callbackUrl, window.location.href)
  window.history.replaceState(null, '', pathname + search)
  const { visited, navigate } = recordNavigations()
  renderAgain(sandbox, <SignInOrUp path="/sign-in" navigate={navigate} fallbackRedirectUrl="/dashboard" />)
  return visited
}

describe('<SignInOrUp/> with enterprise connections', () => {
  it('leaves for the one connection’s IdP instead of asking for a password, and signs in on the way back', async () => {
    window.history.replaceState(null, '', '/sign-in')
    const { sandbox, user } = renderWithSandbox(
      server,
      config([okta], { users: [{ emailAddress: 'ada@acme.com', password: 'pw-ada-1234' }] }),
      <SignInOrUp path="/sign-in" />,
    )
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'ada@acme.com{Enter}')
    await expect.poll(() => sandbox.navigations).toEqual([sandbox.enterprise.pending?.url])
    expect(screen.queryByLabelText('Password')).toBeNull()
    const visited = comeBack(sandbox, sandbox.enterprise.authorize())
    await expect.poll(() => visited).toEqual(['/dashboard'])
  })

  it('lets the user choose among several connections, at Clerk’s factor-one address', async () => {
    window.history.replaceState(null, '', '/sign-in')
    const { sandbox, user } = renderWithSandbox(
      server,
      config([okta, entra], { users: [{ emailAddress: 'ada@acme.com' }] }),
      <SignInOrUp path="/sign-in" />,
    )
    const chooser = focusWhenShown(() => screen.queryByRole('heading', { name: 'Choose your enterprise account' }))
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'ada@acme.com{Enter}')
    // Focus is on the heading from the chooser's first frame.
    const { shown, focused } = await chooser
    expect(focused).toBe(shown)
    expect(window.location.pathname).toBe('/sign-in/factor-one')
    await user.click(screen.getByRole('button', { name: 'Continue with Acme Entra' }))
    await expect.poll(() => sandbox.enterprise.pending?.connection.name).toBe('Acme Entra')
    // Back to the identifier, kept: another address is one click away.
    await user.click(screen.getByRole('button', { name: 'Back' }))
    expect(await screen.findByRole('textbox', { name: 'Email address' })).toHaveValue('ada@acme.com')
  })

  it('creates a new user’s account on the way back, asking only what the instance still requires', async () => {
    window.history.replaceState(null, '', '/sign-in')
    const { sandbox, user } = renderWithSandbox(
      server,
      config([okta], { instance: { ...config().instance, signUp: { legalConsent: true } } }),
      <SignInOrUp path="/sign-in" />,
    )
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'grace@acme.com{Enter}')
    await expect.poll(() => sandbox.enterprise.pending).toBeDefined()
    const visited = comeBack(sandbox, sandbox.enterprise.authorize({ firstName: 'Grace' }))
    await screen.findByRole('heading', { name: 'Complete your account' })
    expect(screen.queryByLabelText('Password')).toBeNull()
    await user.click(screen.getByRole('checkbox', { name: /I agree to the/ }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await expect.poll(() => visited).toEqual(['/dashboard'])
  })

  it('says the IdP refused, on the identifier step the browser comes back to', async () => {
    window.history.replaceState(null, '', '/sign-in')
    const { sandbox, user } = renderWithSandbox(
      server,
      config([okta], { users: [{ emailAddress: 'ada@acme.com' }] }),
      <SignInOrUp path="/sign-in" />,
    )
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'ada@acme.com{Enter}')
    await expect.poll(() => sandbox.enterprise.pending).toBeDefined()
    comeBack(sandbox, sandbox.enterprise.deny())
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Your organization’s sign-in refused access.')
    expect(alert).toHaveAttribute('data-error', 'sso_refused')
    expect(screen.getByRole('heading', { name: 'Sign in or sign up' })).toBeInTheDocument()
  })
})
