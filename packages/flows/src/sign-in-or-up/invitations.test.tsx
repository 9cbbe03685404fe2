// Invitation links through the hook: the visit's start reads `__clerk_ticket` and
// `__clerk_status`, signs the invitee up (asking only for what is still missing) or, for an
// organization's invitee who has an account, in; a ticket that cannot be used is an error of its
// own at the identifier; a used ticket leaves the address.
import type { SandboxConfig } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { SignInOrUpScreen } from '../../test/flow-harness'

const server = sandboxServerForFile()
const restricted: SandboxConfig['instance'] = {
  identifiers: ['email_address'],
  firstFactors: ['password'],
  signUp: { mode: 'restricted' },
}

/** The browser opens the invitation link (with the app's own `redirect_url`, kept). */
const open = (url: string) => window.history.replaceState(null, '', `${url}&redirect_url=%2Fwelcome`)

afterEach(() => window.history.replaceState(null, '', '/'))

describe('an invitation link', () => {
  it('signs the invitee up on an invitation-only instance, asking only for what is missing', async () => {
    const { sandbox, user, visited } = renderWithSandbox(
      server,
      { instance: restricted },
      (navigate) => <SignInOrUpScreen options={{ navigate, intent: 'sign-up' }} />,
      (sandbox) => open(sandbox.invite('grace@example.com').url),
    )
    await screen.findByRole('heading', { name: 'missing-requirements' })
    // The ticket vouches for the address: no email field, no code; only the password.
    const form = screen.getByRole('form', { name: 'Missing fields' })
    expect([...form.querySelectorAll('input')].map((input) => input.closest('label')?.textContent)).toEqual([
      'password',
    ])
    await user.type(screen.getByLabelText('password'), 'a-long-new-password')
    await user.click(screen.getByRole('button', { name: 'Create account' }))
    await screen.findByRole('heading', { name: 'complete' })
    expect(visited).toEqual(['/welcome'])
    expect(sandbox.outbox.messages).toEqual([])
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ups',
      'PATCH /client/sign_ups/sua_1',
      'POST /client/sessions/sess_1/touch',
    ])
    expect(sandbox.requests.afterLoad()[0]?.body).toMatchObject({ strategy: 'ticket' })
    // Used up, the ticket leaves the address; the app's own parameters stay.
    expect(window.location.search).toBe('?redirect_url=%2Fwelcome')
  })

  it('signs an organization’s invitee with an account in', async () => {
    const { sandbox, visited } = renderWithSandbox(
      server,
      {
        instance: restricted,
        organizations: [{ name: 'Acme' }],
        users: [{ emailAddress: 'ada@example.com', password: 'pw-ada-1234' }],
      },
      (navigate) => <SignInOrUpScreen options={{ navigate }} />,
      (sandbox) => {
        const { url } = sandbox.invite('ada@example.com', { organization: 'acme' })
        expect(url).toContain('__clerk_status=sign_in')
        open(url)
      },
    )
    await screen.findByRole('heading', { name: 'complete' })
    expect(visited).toEqual(['/welcome'])
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sessions/sess_1/touch',
    ])
    expect(window.location.search).toBe('?redirect_url=%2Fwelcome')
  })

  it.each([
    ['used', { used: true }, 'This invitation is no longer valid.', 'invitation_invalid'],
    ['expired', { expired: true }, 'This invitation has expired.', 'invitation_expired'],
  ] as const)('says a %s ticket cannot be used, at the identifier', async (_, state, message, code) => {
    const errors: string[] = []
    const { sandbox } = renderWithSandbox(
      server,
      { instance: restricted, invitations: [{ emailAddress: 'grace@example.com', ticket: 'tkt', ...state }] },
      <SignInOrUpScreen options={{ intent: 'sign-up', onError: (error) => errors.push(error.code) }} />,
      () => open('/sign-up?__clerk_ticket=tkt&__clerk_status=sign_up'),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(message)
    expect(screen.getByRole('heading', { name: 'identifier' })).toBeInTheDocument()
    expect(errors).toEqual([code])
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual(['POST /client/sign_ups'])
  })

  it('says a made-up ticket is invalid', async () => {
    renderWithSandbox(server, { instance: restricted }, <SignInOrUpScreen />, () =>
      open('/sign-up?__clerk_ticket=made-up&__clerk_status=sign_up'),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation is no longer valid.')
  })
})
