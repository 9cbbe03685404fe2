import { useAuth, useClerk, useSignIn } from '@clerk/react'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode } from 'react'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createSandbox, presets, SandboxProvider } from '../index'
import { setupSandboxServer } from '../node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const ada = { emailAddress: 'ada@example.com', password: 'correct-horse-battery', knownClient: true }

/** A minimal app: one button signs Ada in, another signs out; the status line says who is in. */
function App() {
  const { isLoaded, isSignedIn } = useAuth()
  const { signIn } = useSignIn()
  const clerk = useClerk()
  if (!isLoaded) return <p>Loading</p>
  const signInAda = async () => {
    await signIn.password({ emailAddress: ada.emailAddress, password: ada.password })
    if (signIn.status === 'complete') await signIn.finalize()
  }
  return (
    <>
      <p role="status">{isSignedIn ? 'Signed in' : 'Signed out'}</p>
      <button type="button" onClick={signInAda}>
        Sign in
      </button>
      <button type="button" onClick={() => clerk.signOut({ redirectUrl: '/goodbye' })}>
        Sign out
      </button>
    </>
  )
}

describe('SandboxProvider', () => {
  it('loads Clerk once under StrictMode and signs in with the minimum requests', async () => {
    const sandbox = server.use(createSandbox({ ...presets.emailPassword, users: [ada] }))
    render(
      <StrictMode>
        <SandboxProvider sandbox={sandbox}>
          <App />
        </SandboxProvider>
      </StrictMode>,
    )
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }))

    expect(await screen.findByText('Signed in')).toBeInTheDocument()
    const loadRequests = sandbox.requests.all.filter((request) => request.phase === 'load')
    expect(loadRequests.map(({ method, path }) => `${method} ${path}`).sort()).toEqual([
      'GET /client',
      'GET /environment',
    ])
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sessions/sess_1/touch',
    ])
  })

  it('settles to signed out after sign-out, recording where Clerk navigated', async () => {
    const sandbox = server.use(createSandbox({ ...presets.emailPassword, users: [ada] }))
    render(
      <SandboxProvider sandbox={sandbox}>
        <App />
      </SandboxProvider>,
    )
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }))
    await screen.findByText('Signed in')
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }))

    expect(await screen.findByText('Signed out')).toBeInTheDocument()
    expect(sandbox.navigations.at(-1)).toBe('/goodbye')
    expect(sandbox.requests.summary({ afterLoad: true })).toContain('DELETE /client/sessions')
  })

  it('renders its children at once and loads Clerk only once `ready` has resolved', async () => {
    const sandbox = server.use(createSandbox({ ...presets.emailPassword, users: [ada] }))
    let start = () => {}
    const ready = new Promise<void>((resolve) => {
      start = resolve
    })
    render(
      <SandboxProvider sandbox={sandbox} ready={ready}>
        <App />
      </SandboxProvider>,
    )
    expect(screen.getByText('Loading')).toBeInTheDocument()
    expect(sandbox.requests.all).toEqual([])

    start()
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }))
    expect(await screen.findByText('Signed in')).toBeInTheDocument()
  })
})
