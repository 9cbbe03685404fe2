// Fidelity: Clerk's own sign-in-or-up examples (copied verbatim into ../../fixtures/clerk-docs-pages:
// test fixtures, outside src, never built) run unmodified against the sandbox and reach a signed-in session through every branch. All scenarios share one
// file on purpose: it also proves that each test gets a fresh Clerk (see ../clerk/create-clerk.ts).
/// <reference types="vite/client" />
import { useAuth, useUser } from '@clerk/react'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSandbox, presets, type SandboxConfig, SandboxProvider } from '../index'
import { setupSandboxServer } from '../node'
import { routerCalls } from './next-navigation-stub'

// The pages are Clerk's code, verbatim, and do not type-check against @clerk/react's types (they
// read `error.errors` on a `ClerkError`), so TypeScript skips them (tsconfig.json `exclude`) and
// they are loaded through Vite rather than a typed import.
type Page = () => React.ReactNode
const pages = import.meta.glob<{ default: Page }>('../../fixtures/clerk-docs-pages/*-page.tsx', { eager: true })
const page = (name: string): Page => {
  const module = pages[`../../fixtures/clerk-docs-pages/${name}.tsx`]
  if (!module) throw new Error(`fidelity page ${name} is missing`)
  return module.default
}
const StandardPage = page('standard-page')
const SignUpIfMissingPage = page('sign-up-if-missing-page')

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

beforeEach(() => {
  routerCalls.length = 0
  // The examples log every error with console.error/log; keep the output for real failures.
  vi.spyOn(console, 'error').mockImplementation(() => {})
  vi.spyOn(console, 'log').mockImplementation(() => {})
  return () => vi.restoreAllMocks()
})

/** What the app around the page shows: whether Clerk has a signed-in session, and for whom. */
function SessionStatus() {
  const { isLoaded, isSignedIn } = useAuth()
  const { user } = useUser()
  if (!isLoaded) return <p role="status">Loading</p>
  return <p role="status">{isSignedIn ? `Signed in as ${user?.primaryEmailAddress?.emailAddress}` : 'Signed out'}</p>
}

function renderPage(Page: Page, config: SandboxConfig) {
  const sandbox = server.use(createSandbox(config))
  render(
    <SandboxProvider sandbox={sandbox}>
      <Page />
      <SessionStatus />
    </SandboxProvider>,
  )
  return { sandbox, user: userEvent.setup() }
}

const loaded = () => screen.findByText('Signed out')

describe('standard flow (app/sign-in/page.tsx, first example)', () => {
  const ada = { emailAddress: 'ada@example.com', password: 'correct-horse-battery' }

  it('signs in an existing user with their password', async () => {
    const { sandbox, user } = renderPage(StandardPage, {
      ...presets.emailPassword,
      users: [{ ...ada, knownClient: true }],
    })
    await loaded()
    await user.type(screen.getByLabelText('Enter email address'), ada.emailAddress)
    await user.type(screen.getByLabelText('Enter password'), ada.password)
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(await screen.findByText('Signed in as ada@example.com')).toBeInTheDocument()
    expect(routerCalls).toEqual([{ method: 'push', url: '/' }])
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sessions/sess_1/touch',
    ])
    expect(sandbox.requests.afterLoad()[0]?.body).toMatchObject({
      identifier: 'ada@example.com',
      password: ada.password,
    })
  })

  it('signs up a new user with a password, then the emailed code', async () => {
    const { sandbox, user } = renderPage(StandardPage, presets.emailPassword)
    await loaded()
    await user.type(screen.getByLabelText('Enter email address'), 'grace@example.com')
    await user.type(screen.getByLabelText('Enter password'), 'a-new-long-password')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(await screen.findByRole('heading', { name: 'Verify your account' })).toBeInTheDocument()
    await user.type(screen.getByLabelText('Code'), sandbox.outbox.latestCode('grace@example.com'))
    await user.click(screen.getByRole('button', { name: 'Verify' }))

    expect(await screen.findByText('Signed in as grace@example.com')).toBeInTheDocument()
    expect(routerCalls).toContainEqual({ method: 'push', url: '/' })
    expect(sandbox.outbox.latest('grace@example.com')).toMatchObject({ kind: 'email_code', purpose: 'sign_up' })
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ups',
      'POST /client/sign_ups/sua_1/prepare_verification',
      'POST /client/sign_ups/sua_1/attempt_verification',
      'POST /client/sessions/sess_1/touch',
      // The example falls through from its sign-up branch into `signIn.mfa.verifyEmailCode` with an
      // empty sign-in; Clerk refuses it because the user is now signed in.
      'POST /client/sign_ins',
    ])
    const statuses = sandbox.requests.afterLoad().map((request) => request.status)
    expect(statuses).toEqual([422, 200, 200, 200, 200, 400])
  })

  it('asks a known password on a new device for an email code (client trust)', async () => {
    const { sandbox, user } = renderPage(StandardPage, { ...presets.emailPassword, users: [ada] })
    await loaded()
    await user.type(screen.getByLabelText('Enter email address'), ada.emailAddress)
    await user.type(screen.getByLabelText('Enter password'), ada.password)
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(await screen.findByRole('heading', { name: 'Verify your account' })).toBeInTheDocument()
    const message = sandbox.outbox.latest(ada.emailAddress)
    expect(message).toMatchObject({ kind: 'email_code', purpose: 'client_trust' })
    await user.type(screen.getByLabelText('Code'), message?.code ?? '')
    await user.click(screen.getByRole('button', { name: 'Verify' }))

    expect(await screen.findByText('Signed in as ada@example.com')).toBeInTheDocument()
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_second_factor',
      'POST /client/sign_ins/sia_1/attempt_second_factor',
      'POST /client/sessions/sess_1/touch',
    ])
  })

  it('shows the password field error for a wrong password', async () => {
    const { sandbox, user } = renderPage(StandardPage, {
      ...presets.emailPassword,
      users: [{ ...ada, knownClient: true }],
    })
    await loaded()
    await user.type(screen.getByLabelText('Enter email address'), ada.emailAddress)
    await user.type(screen.getByLabelText('Enter password'), 'not-the-password')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(await screen.findByText('Password is incorrect. Try again, or use another method.')).toBeInTheDocument()
    expect(screen.getByText('Signed out')).toBeInTheDocument()
    expect(sandbox.requests.afterLoad().map(({ path, status }) => [path, status])).toEqual([['/client/sign_ins', 422]])
  })
})

describe('signUpIfMissing flow (app/sign-in/page.tsx, second example)', () => {
  it('signs in an existing user with the emailed code', async () => {
    const { sandbox, user } = renderPage(SignUpIfMissingPage, {
      ...presets.emailCode,
      users: [{ emailAddress: 'ada@example.com' }],
    })
    await loaded()
    await user.type(screen.getByLabelText('Enter email address'), 'ada@example.com')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(await screen.findByRole('heading', { name: 'Verify your email' })).toBeInTheDocument()
    await user.type(screen.getByLabelText('Verification code'), sandbox.outbox.latestCode('ada@example.com'))
    await user.click(screen.getByRole('button', { name: 'Verify' }))

    expect(await screen.findByText('Signed in as ada@example.com')).toBeInTheDocument()
    expect(routerCalls).toEqual([{ method: 'push', url: '/' }])
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_first_factor',
      'POST /client/sign_ins/sia_1/attempt_first_factor',
      'POST /client/sessions/sess_1/touch',
    ])
  })

  it('transfers a new user to a sign-up that asks for legal consent, then signs them in', async () => {
    const { sandbox, user } = renderPage(SignUpIfMissingPage, presets.emailCode)
    await loaded()
    await user.type(screen.getByLabelText('Enter email address'), 'grace@example.com')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(await screen.findByRole('heading', { name: 'Verify your email' })).toBeInTheDocument()
    await user.type(screen.getByLabelText('Verification code'), sandbox.outbox.latestCode('grace@example.com'))
    await user.click(screen.getByRole('button', { name: 'Verify' }))

    expect(await screen.findByRole('heading', { name: 'Complete your account' })).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: /I agree to the Terms of Service/ }))
    await user.click(screen.getByRole('button', { name: 'Create account' }))

    expect(await screen.findByText('Signed in as grace@example.com')).toBeInTheDocument()
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_first_factor',
      'POST /client/sign_ins/sia_1/attempt_first_factor',
      'POST /client/sign_ups',
      'PATCH /client/sign_ups/sua_1',
      'POST /client/sessions/sess_1/touch',
    ])
    const [, , attempt, transfer, update] = sandbox.requests.afterLoad()
    expect(attempt?.status).toBe(422)
    expect(transfer?.body).toMatchObject({ transfer: 'true' })
    expect(update?.body).toMatchObject({ legal_accepted: 'true' })
  })

  it('shows the code field error for a wrong code', async () => {
    const { sandbox, user } = renderPage(SignUpIfMissingPage, {
      ...presets.emailCode,
      users: [{ emailAddress: 'ada@example.com' }],
    })
    await loaded()
    await user.type(screen.getByLabelText('Enter email address'), 'ada@example.com')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { name: 'Verify your email' })
    const wrong = sandbox.outbox.latestCode('ada@example.com') === '000000' ? '111111' : '000000'
    await user.type(screen.getByLabelText('Verification code'), wrong)
    await user.click(screen.getByRole('button', { name: 'Verify' }))

    // The page renders the error's `message`; for a wrong code Clerk's is "is incorrect".
    expect(await screen.findByText('is incorrect')).toBeInTheDocument()
    expect(sandbox.requests.afterLoad().at(-1)).toMatchObject({
      path: '/client/sign_ins/sia_1/attempt_first_factor',
      status: 422,
    })
    expect(screen.getByText('Signed out')).toBeInTheDocument()
  })
})
