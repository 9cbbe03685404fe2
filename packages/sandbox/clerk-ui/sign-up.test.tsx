// Clerk's own <SignUp/> (@clerk/ui) through the sign-up flows the sandbox claims, and the OAuth round
// trip from <SignIn/> (an existing account) and <SignUp/> (a new one that still owes legal consent).
import { AuthenticateWithRedirectCallback, SignIn, SignUp } from '@clerk/react'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { presets } from '../src/index'
import { enterCode, expectSession, fill, press, renderWithClerkUi, returnFromProvider } from './harness'

describe('Clerk’s <SignUp/> against the sandbox', () => {
  it('signs up with an email and a password, verified by an emailed code', async () => {
    const { sandbox, user } = renderWithClerkUi(presets.emailPassword, <SignUp routing="hash" />)
    await fill(user, 'Email address', 'grace@example.com')
    await fill(user, 'Password', 'a-long-new-password')
    await press(user, 'Continue')
    await enterCode(user, sandbox.outbox.latestCode('grace@example.com'))
    await expectSession('Signed in as grace@example.com')
    expect(sandbox.outbox.latest('grace@example.com')?.purpose).toBe('sign_up')
  })

  it('asks for every required field and the legal consent, and refuses an account that exists', async () => {
    const { sandbox, user } = renderWithClerkUi(
      {
        instance: {
          ...presets.usernamePassword.instance,
          signUp: { fields: { username: 'required', first_name: 'required' }, legalConsent: true },
          termsUrl: 'https://example.com/terms',
          privacyPolicyUrl: 'https://example.com/privacy',
        },
        users: [{ username: 'ada', password: 'correct-horse-battery' }],
      },
      <SignUp routing="hash" />,
    )
    await fill(user, 'First name', 'Grace')
    await fill(user, 'Username', 'ada')
    await fill(user, /^Email address/, 'grace@example.com')
    await fill(user, 'Password', 'a-long-new-password')
    await user.click(await screen.findByRole('checkbox'))
    await press(user, 'Continue')
    expect((await screen.findAllByText('That username is taken. Please try another.')).length).toBeGreaterThan(0)

    await fill(user, 'Username', 'grace_h')
    await press(user, 'Continue')
    await enterCode(user, sandbox.outbox.latestCode('grace@example.com'))
    await expectSession('Signed in as grace@example.com')
    const create = sandbox.requests.afterLoad().find((request) => request.path === '/client/sign_ups')
    expect(create?.body).toMatchObject({ first_name: 'Grace', legal_accepted: 'true' })
  })
})

describe('the OAuth round trip through Clerk’s components', () => {
  it('signs an existing account in from <SignIn/>', async () => {
    const { sandbox, user, page } = renderWithClerkUi(
      {
        instance: { ...presets.emailPassword.instance, oauth: ['google'] },
        users: [{ emailAddress: 'ada@example.com' }],
      },
      <SignIn routing="hash" />,
    )
    await press(user, /Continue with Google/)
    await expect.poll(() => sandbox.oauth.pending?.flow).toBe('sign_in')
    const callbackUrl = sandbox.oauth.authorize({ emailAddress: 'ada@example.com', firstName: 'Ada' })

    returnFromProvider(sandbox, page, callbackUrl, <AuthenticateWithRedirectCallback />)
    await expectSession('Signed in as ada@example.com')
  })

  it('creates a new account from <SignUp/>, asking for the legal consent it still owes', async () => {
    const { sandbox, user, page } = renderWithClerkUi(
      { instance: { ...presets.emailCode.instance, oauth: ['github'] } },
      <SignUp routing="hash" />,
    )
    await press(user, /Continue with GitHub/)
    await expect.poll(() => sandbox.oauth.pending?.flow).toBe('sign_up')
    const callbackUrl = sandbox.oauth.authorize({ emailAddress: 'grace@example.com', firstName: 'Grace' })

    returnFromProvider(
      sandbox,
      page,
      callbackUrl,
      <>
        <AuthenticateWithRedirectCallback continueSignUpUrl="/sign-up#/continue" />
        <SignUp routing="hash" />
      </>,
    )
    await user.click(await screen.findByRole('checkbox'))
    await press(user, 'Continue')
    await expectSession('Signed in as grace@example.com')
    const update = sandbox.requests.afterLoad().find((request) => request.method === 'PATCH')
    expect(update).toMatchObject({ path: '/client/sign_ups/sua_1', body: { legal_accepted: 'true' } })
  })
})
