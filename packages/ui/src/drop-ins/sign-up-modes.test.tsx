// Who may sign up, said up front (issue 17 §2.3 and §2.9's titles): an invitation-only instance
// titles the combined flow as a sign-in, says sign-up is by invitation and never offers a waitlist;
// a waitlist instance links to its waitlist before anyone fails (<SignIn/>: once no account was
// found); <SignUp/> there shows a notice instead of a form, unless an invitation link is redeemed.
import { presets, type SandboxConfig } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { SignIn } from './sign-in'
import { SignInOrUp } from './sign-in-or-up'
import { SignUp } from './sign-up'

const server = sandboxServerForFile()
const mode = (signUpMode: 'restricted' | 'waitlist'): SandboxConfig => ({
  ...presets.emailCode,
  instance: { ...presets.emailCode.instance, signUp: { mode: signUpMode } },
})
const links = { waitlistUrl: '/waitlist', signUpUrl: '/sign-up', signInUrl: '/sign-in' }
const linkNames = () => screen.queryAllByRole('link').map((link) => link.textContent)

afterEach(() => window.history.replaceState(null, '', '/'))

describe('an invitation-only instance', () => {
  it('<SignInOrUp/> is a sign-in that says sign-up is by invitation, and offers no waitlist, even refused', async () => {
    const { user, sandbox } = renderWithSandbox(
      server,
      mode('restricted'),
      <SignInOrUp routing="virtual" waitlistUrl={links.waitlistUrl} />,
    )
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument()
    expect(screen.getByText('Sign-up is by invitation only.')).toHaveAttribute('data-flowkit-part', 'notice')
    expect(sandbox.requests.afterLoad()).toEqual([])
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'grace@example.com{Enter}')
    expect(await screen.findByRole('alert')).toHaveAttribute('data-error', 'sign_up_restricted')
    expect(linkNames()).toEqual([])
  })

  it('<SignIn/> links to no sign-up and no waitlist', async () => {
    renderWithSandbox(server, mode('restricted'), <SignIn routing="virtual" {...links} />)
    await screen.findByRole('heading', { name: 'Sign in' })
    expect(linkNames()).toEqual([])
    expect(screen.queryByText('Sign-up is by invitation only.')).toBeNull()
  })

  it('<SignUp/> says so instead of showing a form, and links to the sign-in page only', async () => {
    renderWithSandbox(server, mode('restricted'), <SignUp routing="virtual" {...links} />)
    expect(await screen.findByRole('heading', { name: 'Access restricted' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(
      'Sign-up is by invitation only: open the link in your invitation',
    )
    expect(screen.queryByRole('textbox')).toBeNull()
    expect(linkNames()).toEqual(['Sign in'])
  })

  it('<SignUp/> opened from an invitation signs the invitee up, asking only what is missing', async () => {
    const { user, visited } = renderWithSandbox(
      server,
      { instance: { ...presets.emailPassword.instance, clientTrust: false, signUp: { mode: 'restricted' } } },
      (navigate) => <SignUp routing="virtual" navigate={navigate} fallback={<p>Loading…</p>} />,
      (sandbox) => window.history.replaceState(null, '', sandbox.invite('grace@example.com').url),
    )
    // Every screen shown on the way, to see that the notice never flashed up before the invitation.
    const headings = new Set<string>()
    const observer = new MutationObserver(() => {
      for (const heading of document.querySelectorAll('h1')) headings.add(heading.textContent ?? '')
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    expect(await screen.findByRole('heading', { name: 'Complete your account' })).toBeInTheDocument()
    observer.disconnect()
    expect([...headings]).toEqual(['Complete your account'])
    expect(screen.queryByRole('textbox', { name: 'Email address' })).toBeNull()
    await user.type(screen.getByLabelText('Password'), 'a-long-new-passw0rd{Enter}')
    await expect.poll(() => visited).toEqual(['/'])
    expect(window.location.search).toBe('')
  })

  it('<SignUp/> says why an invitation cannot be used, under the notice', async () => {
    renderWithSandbox(
      server,
      { ...mode('restricted'), invitations: [{ emailAddress: 'grace@example.com', ticket: 'tkt', expired: true }] },
      <SignUp routing="virtual" />,
      () => window.history.replaceState(null, '', '/sign-up?__clerk_ticket=tkt&__clerk_status=sign_up'),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation has expired.')
    expect(screen.getByRole('alert')).toHaveAttribute('data-error', 'invitation_expired')
    expect(screen.getByRole('heading', { name: 'Access restricted' })).toBeInTheDocument()
  })
})

describe('a waitlist instance', () => {
  it('<SignInOrUp/> is a sign-in that links to the waitlist up front', async () => {
    renderWithSandbox(server, mode('waitlist'), <SignInOrUp routing="virtual" waitlistUrl={links.waitlistUrl} />)
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Join the waitlist' })).toHaveAttribute('href', '/waitlist')
    expect(screen.getByText(/Want early access\?/)).toHaveAttribute('data-flowkit-part', 'footer')
  })

  it('<SignIn/> links to the waitlist once no account was found, and never to a sign-up', async () => {
    const { user } = renderWithSandbox(server, mode('waitlist'), <SignIn routing="virtual" {...links} />)
    await screen.findByRole('heading', { name: 'Sign in' })
    expect(linkNames()).toEqual([])
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'grace@example.com{Enter}')
    expect(await screen.findByText("Couldn't find your account.")).toBeInTheDocument()
    expect(await screen.findByRole('link', { name: 'Join the waitlist' })).toHaveAttribute('href', '/waitlist')
    expect(linkNames()).toEqual(['Join the waitlist'])
  })

  it('<SignUp/> says sign-up is closed and links to the waitlist and the sign-in page', async () => {
    renderWithSandbox(server, mode('waitlist'), <SignUp routing="virtual" {...links} />)
    expect(await screen.findByRole('heading', { name: 'Access restricted' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Sign-up is closed for now: join the waitlist.')
    expect(linkNames()).toEqual(['Join the waitlist', 'Sign in'])
  })
})

describe('a public instance', () => {
  it('keeps the combined title and links to sign-up, with no notice and no waitlist', async () => {
    renderWithSandbox(
      server,
      presets.emailCode,
      <>
        <SignInOrUp routing="virtual" waitlistUrl={links.waitlistUrl} />
        <SignIn routing="virtual" {...links} />
      </>,
    )
    expect(await screen.findByRole('heading', { name: 'Sign in or sign up' })).toBeInTheDocument()
    // The link waits for Clerk to say who may sign up.
    await screen.findByRole('link', { name: 'Sign up' })
    expect(linkNames()).toEqual(['Sign up'])
    expect(screen.queryByText('Sign-up is by invitation only.')).toBeNull()
  })
})
