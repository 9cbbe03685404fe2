// Clerk's own <SignIn/> (@clerk/ui) with a passkey (a SoftwareAuthenticator installed on jsdom's
// window is the device's authenticator), and its "Last used" badge from the client's last strategy.
import { AuthenticateWithRedirectCallback, SignIn, SignOutButton } from '@clerk/react'
import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { presets, SoftwareAuthenticator } from '../src/index'
import { expectSession, follow, press, renderWithClerkUi, returnFromProvider } from './harness'

let uninstall: (() => void) | undefined
afterEach(() => {
  uninstall?.()
  uninstall = undefined
})

describe('Clerk’s <SignIn/> with a passkey', () => {
  it('signs in through “Use passkey instead”, the assertion verified by the sandbox', async () => {
    const authenticator = new SoftwareAuthenticator()
    uninstall = authenticator.install(window)
    const credential = await authenticator.addCredential('localhost')
    const { sandbox, user } = renderWithClerkUi(
      {
        instance: { ...presets.emailPassword.instance, passkeys: { enabled: true } },
        users: [{ emailAddress: 'ada@example.com', password: 'pw-ada-1234', knownClient: true }],
      },
      <SignIn routing="hash" />,
      (sandbox) => sandbox.passkeys.register('ada@example.com', credential),
    )
    await follow(user, 'Use passkey instead')
    await expectSession('Signed in as ada@example.com')
    expect(sandbox.requests.summary({ afterLoad: true }).slice(0, 2)).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/attempt_first_factor',
    ])
    expect(sandbox.passkeys.of('ada@example.com')[0]?.signCount).toBe(1)
  })
})

describe('Clerk’s "Last used" badge', () => {
  it('marks the provider the client signed in with last', async () => {
    const config = {
      instance: { ...presets.emailPassword.instance, oauth: ['google' as const, 'github' as const] },
      users: [{ emailAddress: 'ada@example.com' }],
    }
    const { sandbox, user, page } = renderWithClerkUi(config, <SignIn routing="hash" />)
    expect(screen.queryByText('Last used')).toBeNull()
    await press(user, /Google/)
    await expect.poll(() => sandbox.oauth.pending?.provider).toBe('google')
    const callbackUrl = sandbox.oauth.authorize({ emailAddress: 'ada@example.com' })
    const back = returnFromProvider(sandbox, page, callbackUrl, <AuthenticateWithRedirectCallback />)
    await expectSession('Signed in as ada@example.com')

    back.unmount()
    const signedIn = returnFromProvider(sandbox, { unmount() {} }, '/', <SignOutButton />)
    await press(user, 'Sign out')
    await expectSession('Signed out')
    signedIn.unmount()
    returnFromProvider(sandbox, { unmount() {} }, '/sign-in', <SignIn routing="hash" />)
    const google = await screen.findByRole('button', { name: /Google/ })
    expect(within(google.parentElement ?? google).getByText('Last used')).toBeInTheDocument()
    expect(screen.getAllByText('Last used')).toHaveLength(1)
  })
})
