// Identifier-first enterprise SSO through the hook, against the real clerk-js and the sandbox's fake
// IdPs: an email on a connection's domain goes to its IdP (one connection) or to a choice (several),
// the browser comes back to this page, and the visit's start finishes the sign-in, transfers a new
// user to a sign-up, or shows the IdP's refusal.
import type { Sandbox, SandboxConfig } from '@flowkit/sandbox'
import { recordNavigations, renderAgain, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { SignInOrUpScreen } from '../../test/flow-harness'

const server = sandboxServerForFile()
const okta = { name: 'Acme Okta', domains: ['acme.com'], protocol: 'saml' as const }
const entra = { id: 'ent_entra', name: 'Acme Entra', domains: ['acme.com'], protocol: 'oidc' as const }
const instance = (over: NonNullable<SandboxConfig['instance']> = {}): SandboxConfig['instance'] => ({
  identifiers: ['email_address'],
  firstFactors: ['password', 'email_code'],
  enterpriseConnections: [okta],
  ...over,
})

afterEach(() => window.history.replaceState({}, '', '/'))

async function submitEmail(user: ReturnType<typeof renderWithSandbox>['user'], email: string) {
  await user.type(await screen.findByLabelText('Identifier'), email)
  await user.click(screen.getByRole('button', { name: 'Continue' }))
}

/** Loads the page the IdP sends the browser back to, on a new Clerk, as a browser would. */
function comeBack(sandbox: Sandbox, callbackUrl: string) {
  const { pathname, search } = new URL(callbackUrl, window.location.href)
  window.history.replaceState({}, '', pathname + search)
  const { visited, navigate } = recordNavigations()
  renderAgain(sandbox, <SignInOrUpScreen options={{ navigate }} />)
  return visited
}

describe('enterprise SSO, identifier-first', () => {
  it('sends an email on a connected domain to its IdP instead of a password or code, and signs in on the way back', async () => {
    window.history.replaceState({}, '', '/sign-in?redirect_url=%2Fafter')
    const { sandbox, user } = renderWithSandbox(
      server,
      { instance: instance(), users: [{ emailAddress: 'ada@acme.com', password: 'pw-ada-1234' }] },
      <SignInOrUpScreen options={{ mode: 'standard' }} />,
    )
    await submitEmail(user, 'ada@acme.com')
    await expect.poll(() => sandbox.enterprise.pending?.connection.name).toBe('Acme Okta')
    // No password step and no code: the sign-in, then the connection's redirect.
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_first_factor',
    ])
    expect(sandbox.requests.afterLoad()[1]?.body).toMatchObject({
      strategy: 'enterprise_sso',
      enterprise_connection_id: 'ent_1',
      redirect_url: expect.stringContaining('/sign-in?redirect_url=%2Fafter'),
    })
    expect(sandbox.outbox.messages).toEqual([])
    expect(sandbox.navigations).toEqual([sandbox.enterprise.pending?.url])

    const visited = comeBack(sandbox, sandbox.enterprise.authorize({ firstName: 'Ada' }))
    await expect.poll(() => visited).toEqual(['/after'])
    expect(screen.getByRole('heading', { name: 'loading' })).toBeInTheDocument()
  })

  it('offers a choice when several connections claim the domain, and goes to the one picked', async () => {
    const { sandbox, user } = renderWithSandbox(
      server,
      { instance: instance({ enterpriseConnections: [okta, entra] }), users: [{ emailAddress: 'ada@acme.com' }] },
      <SignInOrUpScreen options={{ mode: 'standard' }} />,
    )
    await submitEmail(user, 'ada@acme.com')
    await screen.findByRole('heading', { name: 'enterprise-sso' })
    expect(sandbox.enterprise.pending).toBeUndefined()
    expect(screen.getByRole('button', { name: 'Continue with Acme Okta' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continue with Acme Entra' }))
    await expect.poll(() => sandbox.enterprise.pending?.connection.id).toBe('ent_entra')
    expect(sandbox.requests.afterLoad().at(-1)?.body).toMatchObject({
      strategy: 'enterprise_sso',
      enterprise_connection_id: 'ent_entra',
    })
  })

  it('turns a new user into a sign-up on the way back, asking only for what is still missing', async () => {
    const { sandbox, user } = renderWithSandbox(
      server,
      { instance: instance({ signUp: { legalConsent: true } }) },
      <SignInOrUpScreen />,
    )
    await submitEmail(user, 'grace@acme.com')
    await expect.poll(() => sandbox.enterprise.pending?.emailAddress).toBe('grace@acme.com')

    const visited = comeBack(sandbox, sandbox.enterprise.authorize({ firstName: 'Grace' }))
    await screen.findByRole('heading', { name: 'missing-requirements' })
    // The IdP vouched for the address and the name: neither a password nor a code is asked for.
    expect(screen.queryByLabelText('password')).toBeNull()
    await user.click(screen.getByRole('checkbox', { name: 'legalAccepted' }))
    await user.click(screen.getByRole('button', { name: 'Create account' }))
    await screen.findByRole('heading', { name: 'complete' })
    expect(visited).toEqual(['/'])
    expect(sandbox.requests.afterLoad().find((request) => request.path === '/client/sign_ups')?.body).toMatchObject({
      transfer: 'true',
    })
  })

  it('shows the IdP’s refusal at the identifier, in words of its own', async () => {
    const errors: string[] = []
    const { sandbox, user } = renderWithSandbox(
      server,
      { instance: instance(), users: [{ emailAddress: 'ada@acme.com' }] },
      <SignInOrUpScreen />,
    )
    await submitEmail(user, 'ada@acme.com')
    await expect.poll(() => sandbox.enterprise.pending).toBeDefined()
    window.history.replaceState({}, '', new URL(sandbox.enterprise.deny(), window.location.href).pathname)
    renderAgain(sandbox, <SignInOrUpScreen options={{ onError: (error) => errors.push(error.code) }} />)
    expect(await screen.findByRole('alert')).toHaveTextContent('Your organization’s sign-in refused access.')
    expect(screen.getByRole('heading', { name: 'identifier' })).toBeInTheDocument()
    expect(errors).toEqual(['sso_refused'])
  })

  it('says why when Clerk refuses what the IdP answered (another domain)', async () => {
    const { sandbox, user } = renderWithSandbox(
      server,
      { instance: instance(), users: [{ emailAddress: 'ada@acme.com' }] },
      <SignInOrUpScreen />,
    )
    await submitEmail(user, 'ada@acme.com')
    await expect.poll(() => sandbox.enterprise.pending).toBeDefined()
    comeBack(sandbox, sandbox.enterprise.authorize({ emailAddress: 'ada@elsewhere.com' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "The email address's domain does not match the enterprise connection's domains.",
    )
  })

  it('leaves other domains to their password or code, and a missing account still becomes a sign-up', async () => {
    const { sandbox, user } = renderWithSandbox(
      server,
      { instance: instance({ firstFactors: ['email_code'] }), users: [{ emailAddress: 'ada@example.com' }] },
      <SignInOrUpScreen options={{ mode: 'standard' }} />,
    )
    await submitEmail(user, 'ada@example.com')
    await screen.findByRole('heading', { name: 'first-factor' })
    // The same two requests as without enterprise SSO: create, then prepare (then only the code).
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_first_factor',
    ])
    await user.click(screen.getByRole('button', { name: 'Start over' }))
    await user.clear(await screen.findByLabelText('Identifier'))
    await submitEmail(user, 'grace@example.com')
    await screen.findByRole('heading', { name: 'verify-sign-up' })
    expect(sandbox.requests.summary({ afterLoad: true }).slice(2)).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ups',
      'POST /client/sign_ups/sua_1/prepare_verification',
    ])
  })
})
