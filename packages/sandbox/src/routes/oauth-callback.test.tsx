// The OAuth round trip as an app does it: a button calls signIn.sso, the test answers for the
// provider, and the callback page is Clerk's own <AuthenticateWithRedirectCallback /> on a new Clerk.
import { AuthenticateWithRedirectCallback, useAuth, useSignIn } from '@clerk/react'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { createSandbox, SandboxProvider } from '../index'
import { setupSandboxServer } from '../node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

function SignInWithGoogle() {
  const { signIn } = useSignIn()
  const start = () =>
    signIn.sso({ strategy: 'oauth_google', redirectUrl: '/done', redirectCallbackUrl: '/sso-callback' })
  return (
    <button type="button" onClick={start}>
      Continue with Google
    </button>
  )
}

function SessionStatus() {
  const { isLoaded, isSignedIn } = useAuth()
  return <p role="status">{!isLoaded ? 'Loading' : isSignedIn ? 'Signed in' : 'Signed out'}</p>
}

it('signs in through the fake provider and Clerk’s redirect callback component', async () => {
  const sandbox = server.use(
    createSandbox({ instance: { oauth: ['google'] }, users: [{ emailAddress: 'ada@example.com' }] }),
  )
  const signInPage = render(
    <SandboxProvider sandbox={sandbox}>
      <SignInWithGoogle />
    </SandboxProvider>,
  )
  await userEvent.click(await screen.findByRole('button', { name: 'Continue with Google' }))
  await expect.poll(() => sandbox.oauth.pending?.provider).toBe('google')
  sandbox.oauth.authorize({ emailAddress: 'ada@example.com' })
  signInPage.unmount()

  render(
    <SandboxProvider sandbox={sandbox} signInFallbackRedirectUrl="/done">
      <AuthenticateWithRedirectCallback />
      <SessionStatus />
    </SandboxProvider>,
  )

  expect(await screen.findByText('Signed in')).toBeInTheDocument()
  await expect.poll(() => sandbox.navigations.at(-1)).toBe('/done')
})
