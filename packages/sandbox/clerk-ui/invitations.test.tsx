// Clerk's own <SignUp/> and <SignIn/> (@clerk/ui) opened at an invitation link, as the invitee's
// browser would open it: the component reads `__clerk_ticket` and redeems it with `strategy=ticket`.
import { SignIn, SignUp } from '@clerk/react'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { presets, type Sandbox } from '../src/index'
import { expectSession, fill, press, renderWithClerkUi } from './harness'

const restricted = { ...presets.emailPassword.instance, clientTrust: false, signUp: { mode: 'restricted' as const } }

/** The invitation email's link, opened before the page loads. */
const openInvitation = (sandbox: Sandbox, email: string, organization?: string) => {
  const { url } = sandbox.invite(email, organization ? { organization } : {})
  window.history.replaceState(null, '', url)
}

describe('Clerk’s components at an invitation link', () => {
  it('<SignUp/> signs the invitee up in restricted mode, asking only for the password', async () => {
    const { sandbox, user } = renderWithClerkUi({ instance: restricted }, <SignUp routing="hash" />, (sandbox) =>
      openInvitation(sandbox, 'grace@example.com'),
    )
    await fill(user, 'Password', 'a-long-new-password')
    expect(screen.queryByLabelText(/^Email address/)).toBeNull()
    await press(user, 'Continue')
    await expectSession('Signed in as grace@example.com')
    expect(sandbox.requests.afterLoad()[0]).toMatchObject({ path: '/client/sign_ups', body: { strategy: 'ticket' } })
    expect(sandbox.outbox.messages).toEqual([])
  })

  it('<SignIn/> signs an existing user into the organization they were invited to', async () => {
    const { sandbox } = renderWithClerkUi(
      {
        instance: { ...restricted, organizations: { enabled: true } },
        organizations: [{ name: 'Acme' }],
        users: [{ emailAddress: 'ada@example.com', password: 'pw-ada-1234' }],
      },
      <SignIn routing="hash" />,
      (sandbox) => openInvitation(sandbox, 'ada@example.com', 'acme'),
    )
    await expectSession('Signed in as ada@example.com')
    expect(sandbox.requests.afterLoad()[0]).toMatchObject({ path: '/client/sign_ins', body: { strategy: 'ticket' } })
  })
})
