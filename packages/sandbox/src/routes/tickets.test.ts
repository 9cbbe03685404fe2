// Invitations and their tickets, as clerk-js redeems them: signUp.ticket() / signIn.ticket() send
// `strategy=ticket` with the ticket (read from `__clerk_ticket` in the URL when not given).
import { isClerkAPIResponseError } from '@clerk/react/errors'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadClerk, signInOf, signUpOf } from '../../test/headless'
import { createSandbox, presets, type SandboxConfig } from '../index'
import { setupSandboxServer } from '../node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => {
  server.resetHandlers()
  window.history.replaceState(null, '', '/')
})
afterAll(() => server.close())

const restricted: SandboxConfig = {
  instance: { ...presets.emailPassword.instance, clientTrust: false, signUp: { mode: 'restricted' } },
}

const errorOf = (result: { error: unknown }) => {
  if (!isClerkAPIResponseError(result.error)) throw new Error(`expected a Clerk API error, got ${String(result.error)}`)
  return { status: result.error.status, ...result.error.errors[0] }
}

/** The browser opens the invitation link. */
const open = (url: string) => window.history.replaceState(null, '', url)

describe('an invitation to the application', () => {
  it('signs the invitee up in restricted mode, asking only for what is still missing', async () => {
    const sandbox = server.use(createSandbox(restricted))
    const clerk = await loadClerk(sandbox)
    expect(
      errorOf(await signUpOf(clerk).create({ emailAddress: 'grace@example.com', password: 'a-long-password' })),
    ).toMatchObject({ status: 403, code: 'sign_up_mode_restricted' })

    const { ticket, url } = sandbox.invite('grace@example.com')
    expect(url).toBe(`/sign-up?__clerk_ticket=${ticket}&__clerk_status=sign_up`)
    open(url)
    expect((await signUpOf(clerk).ticket()).error).toBeNull()
    expect(signUpOf(clerk)).toMatchObject({
      status: 'missing_requirements',
      emailAddress: 'grace@example.com',
      missingFields: ['password'],
      unverifiedFields: [],
    })
    expect(sandbox.requests.afterLoad().at(-1)?.body).toMatchObject({ strategy: 'ticket', ticket })

    await signUpOf(clerk).password({ password: 'a-long-password' })
    expect(signUpOf(clerk)).toMatchObject({ status: 'complete', createdUserId: 'user_1' })
    expect(sandbox.outbox.messages).toEqual([])
  })

  it('refuses a used ticket, an expired one and a made-up one with Clerk’s codes', async () => {
    const sandbox = server.use(
      createSandbox({
        ...restricted,
        invitations: [
          { emailAddress: 'used@example.com', ticket: 'used-ticket', used: true },
          { emailAddress: 'late@example.com', ticket: 'late-ticket', expired: true },
        ],
      }),
    )
    const clerk = await loadClerk(sandbox)
    for (const [ticket, code] of [
      ['used-ticket', 'ticket_invalid_code'],
      ['late-ticket', 'ticket_expired_code'],
      ['made-up', 'ticket_invalid_code'],
    ] as const) {
      expect(errorOf(await signUpOf(clerk).ticket({ ticket }))).toMatchObject({
        status: 400,
        code,
        meta: { paramName: 'ticket' },
      })
    }

    const { ticket } = sandbox.invite('grace@example.com')
    await signUpOf(clerk).ticket({ ticket })
    await signUpOf(clerk).password({ password: 'a-long-password' })
    await signUpOf(clerk).finalize()
    await clerk.signOut()
    expect(errorOf(await signUpOf(clerk).ticket({ ticket }))).toMatchObject({ code: 'ticket_invalid_code' })
  })

  it('lets someone on the waitlist in once invited', async () => {
    const sandbox = server.use(
      createSandbox({ instance: { ...presets.emailCode.instance, signUp: { mode: 'waitlist', legalConsent: false } } }),
    )
    const clerk = await loadClerk(sandbox)
    await clerk.joinWaitlist({ emailAddress: 'grace@example.com' })
    const { ticket } = sandbox.waitlist.invite('grace@example.com')
    expect(sandbox.waitlist.entries[0]?.status).toBe('invited')
    await signUpOf(clerk).ticket({ ticket })
    expect(signUpOf(clerk).status).toBe('complete')
    expect(clerk.client?.lastAuthenticationStrategy).toBe('ticket')
  })
})

describe('an organization invitation', () => {
  const withAcme: SandboxConfig = { ...restricted, organizations: [{ name: 'Acme' }] }

  it('signs an existing user in and makes them a member', async () => {
    const sandbox = server.use(
      createSandbox({ ...withAcme, users: [{ emailAddress: 'ada@example.com', password: 'pw-ada-1234' }] }),
    )
    const clerk = await loadClerk(sandbox)
    const { url } = sandbox.invite('ada@example.com', { organization: 'acme' })
    expect(url).toMatch(/^\/sign-in\?__clerk_ticket=.+&__clerk_status=sign_in$/)
    open(url)

    expect((await signInOf(clerk).ticket()).error).toBeNull()
    expect(signInOf(clerk).status).toBe('complete')
    await signInOf(clerk).finalize()
    expect(clerk.user?.organizationMemberships.map((membership) => membership.organization.name)).toEqual(['Acme'])
  })

  it('tells someone without an account to sign up, then signs them up into the organization', async () => {
    const sandbox = server.use(createSandbox(withAcme))
    const clerk = await loadClerk(sandbox)
    const { ticket } = sandbox.invite('grace@example.com', { organization: 'Acme' })
    expect(errorOf(await signInOf(clerk).ticket({ ticket }))).toMatchObject({
      status: 422,
      code: 'invitation_account_not_exists',
    })

    await signUpOf(clerk).ticket({ ticket })
    await signUpOf(clerk).password({ password: 'a-long-password' })
    await signUpOf(clerk).finalize()
    expect(clerk.user?.organizationMemberships.map((membership) => membership.organization.name)).toEqual(['Acme'])
  })
})
