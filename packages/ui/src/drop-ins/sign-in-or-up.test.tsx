import { presets } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SignIn } from './sign-in'
import { SignInOrUp } from './sign-in-or-up'

const server = sandboxServerForFile()
const heading = (name: string) => screen.findByRole('heading', { name })

afterEach(() => window.history.replaceState(null, '', '/'))

describe('<SignInOrUp /> on the sandbox', () => {
  it('creates an account for a new email (signUpIfMissing): code, consent, signed in', async () => {
    const { sandbox, user, visited } = renderWithSandbox(
      server,
      { ...presets.emailCode, instance: { ...presets.emailCode.instance, termsUrl: 'https://example.com/terms' } },
      (navigate) => <SignInOrUp routing="virtual" navigate={navigate} fallbackRedirectUrl="/welcome" />,
    )
    await heading('Sign in or sign up')
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'grace@example.com{Enter}')
    await heading('Check your email')
    expect(screen.getByText(/We sent a code to/)).toBeInTheDocument()
    await user.type(
      screen.getByRole('textbox', { name: 'Verification code' }),
      sandbox.outbox.latestCode('grace@example.com'),
    )
    await heading('Complete your account')
    expect(screen.getByRole('link', { name: 'Terms of Service' })).toHaveAttribute('href', 'https://example.com/terms')
    await user.click(screen.getByRole('checkbox', { name: /I agree/ }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await expect.poll(() => visited).toEqual(['/welcome'])
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_first_factor',
      'POST /client/sign_ins/sia_1/attempt_first_factor',
      'POST /client/sign_ups',
      'PATCH /client/sign_ups/sua_1',
      'POST /client/sessions/sess_1/touch',
    ])
  })

  it('sends one request however often Continue is pressed while it is pending', async () => {
    const { sandbox, user } = renderWithSandbox(
      server,
      { ...presets.emailCode, users: [{ emailAddress: 'ada@example.com' }] },
      (navigate) => <SignInOrUp routing="virtual" navigate={navigate} />,
    )
    await heading('Sign in or sign up')
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'ada@example.com')
    const submit = screen.getByRole('button', { name: 'Continue' })
    for (let i = 0; i < 5; i++) await user.click(submit)
    await heading('Check your email')
    const creates = sandbox.requests.summary({ afterLoad: true }).filter((line) => line === 'POST /client/sign_ins')
    expect(creates).toHaveLength(1)
  })

  it('shows the wrong code on the code field, focused, and a retry signs in', async () => {
    const { sandbox, user, visited } = renderWithSandbox(
      server,
      { ...presets.emailCode, users: [{ emailAddress: 'ada@example.com' }] },
      (navigate) => <SignInOrUp routing="virtual" navigate={navigate} />,
    )
    await heading('Sign in or sign up')
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'ada@example.com{Enter}')
    await heading('Check your email')
    const code = screen.getByRole('textbox', { name: 'Verification code' })
    const right = sandbox.outbox.latestCode('ada@example.com')
    await user.type(code, right === '000000' ? '111111' : '000000')
    await expect.poll(() => code.getAttribute('aria-invalid')).toBe('true')
    expect(code).toHaveFocus()
    expect(code.getAttribute('aria-describedby')).toBeTruthy()
    await user.clear(code)
    await user.type(code, right)
    await expect.poll(() => visited).toEqual(['/'])
  })

  it('keeps the step in the hash, and the browser’s back button goes back a step', async () => {
    const { user } = renderWithSandbox(
      server,
      {
        ...presets.emailPassword,
        users: [{ emailAddress: 'ada@example.com', password: 'pw-ada-1234', knownClient: true }],
      },
      (navigate) => <SignInOrUp routing="hash" navigate={navigate} />,
    )
    await heading('Sign in or sign up')
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'ada@example.com{Enter}')
    await heading('Enter your password')
    await expect.poll(() => window.location.hash).toBe('#/factor-one')
    window.history.back()
    await heading('Sign in or sign up')
    await expect.poll(() => window.location.hash).toBe('')
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveValue('ada@example.com')
  })

  it('keeps the step in the path under `path`, keeping the query string', async () => {
    window.history.replaceState(null, '', '/sign-in?redirect_url=%2Fdashboard')
    const { user } = renderWithSandbox(
      server,
      {
        ...presets.emailPassword,
        users: [{ emailAddress: 'ada@example.com', password: 'pw-ada-1234', knownClient: true }],
      },
      (navigate) => <SignInOrUp path="/sign-in" navigate={navigate} />,
    )
    await heading('Sign in or sign up')
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'ada@example.com{Enter}')
    await heading('Enter your password')
    await expect
      .poll(() => window.location.pathname + window.location.search)
      .toBe('/sign-in/factor-one?redirect_url=%2Fdashboard')
  })

  it('gives a step’s history entry no state, so a router that follows the History API learns the address', async () => {
    // Next.js's App Router takes a push that carries its own entry's state for one of its own
    // pushes: it would not update usePathname, and would later put /sign-in back in the address.
    window.history.replaceState({ __NA: true }, '', '/sign-in')
    const { user } = renderWithSandbox(
      server,
      {
        ...presets.emailPassword,
        users: [{ emailAddress: 'ada@example.com', password: 'pw-ada-1234', knownClient: true }],
      },
      (navigate) => <SignInOrUp path="/sign-in" navigate={navigate} />,
    )
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'ada@example.com{Enter}')
    await heading('Enter your password')
    await expect.poll(() => window.location.pathname).toBe('/sign-in/factor-one')
    expect(window.history.state).toBeNull()
  })

  it('leaves the address alone once the app’s router has moved on to another page', async () => {
    window.history.replaceState(null, '', '/sign-in')
    const { user } = renderWithSandbox(
      server,
      {
        ...presets.emailPassword,
        users: [{ emailAddress: 'ada@example.com', password: 'pw-ada-1234', knownClient: true }],
      },
      (navigate) => <SignInOrUp path="/sign-in" navigate={navigate} />,
    )
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'ada@example.com')
    // A link the router follows: React Router changes the address first and renders the next page
    // a moment later, so this page still answers the request it sent.
    window.history.pushState(null, '', '/pricing')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await heading('Enter your password')
    expect(window.location.pathname).toBe('/pricing')
  })

  it('puts a stale step in the address back to the one the flow is on (a reload)', async () => {
    window.history.replaceState(null, '', '/sign-in/factor-two')
    renderWithSandbox(server, presets.emailCode, (navigate) => <SignInOrUp path="/sign-in" navigate={navigate} />)
    await heading('Sign in or sign up')
    await expect.poll(() => window.location.pathname).toBe('/sign-in')
  })

  it('warns in development about Clerk props it accepts but cannot honour', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    renderWithSandbox(server, presets.emailCode, (navigate) => (
      <SignIn
        routing="virtual"
        navigate={navigate}
        appearance={{ elements: {} }}
        oauthFlow="popup"
        transferable={false}
      />
    ))
    await heading('Sign in')
    expect(warn).toHaveBeenCalledOnce()
    const [message] = warn.mock.calls[0] ?? []
    expect(message).toMatch(/<SignIn>: `appearance` is ignored/)
    expect(message).toMatch(/`oauthFlow="popup"` is not supported/)
    expect(message).toMatch(/`transferable=\{false\}` is not supported/)
  })
})

describe('<SignInOrUp /> on a session with a task Flowkit does not know', () => {
  it('says one more step is needed, instead of a form or a redirect', async () => {
    const { visited } = renderWithSandbox(
      server,
      { ...presets.emailCode, users: [{ emailAddress: 'ada@example.com' }] },
      (navigate) => <SignInOrUp routing="virtual" navigate={navigate} />,
      (sandbox) => sandbox.startSession('ada@example.com', { tasks: ['accept-terms'] }),
    )
    expect(await heading('One more step is needed')).toBeInTheDocument()
    expect(screen.getByText('Finish it in your account settings.')).toBeInTheDocument()
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    expect(visited).toEqual([])
  })
})
