import type { Clerk } from '@clerk/clerk-js'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadClerk, signInOf } from '../../test/headless'
import { createSandbox, presets, type SandboxConfig, type SandboxOrganization } from '../index'
import { setupSandboxServer } from '../node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const organizations: SandboxOrganization[] = [
  { name: 'Acme', domains: ['acme.test'] },
  { name: 'Globex', invitations: ['ada@acme.test'] },
  { name: 'Initech' },
]

/** Signs Ada in with an email code and finalizes: the session starts with its tasks. */
async function signedIn(config: SandboxConfig) {
  const sandbox = server.use(createSandbox(config))
  const clerk = await loadClerk(sandbox)
  await signInOf(clerk).emailCode.sendCode({ emailAddress: 'ada@acme.test' })
  await signInOf(clerk).emailCode.verifyCode({ code: sandbox.outbox.latestCode('ada@acme.test') })
  await signInOf(clerk).finalize()
  sandbox.requests.clear()
  return { sandbox, clerk }
}

const currentTask = (clerk: Clerk) => clerk.session?.currentTask?.key

describe('choose-organization', () => {
  const config = (memberships: string[]): SandboxConfig => ({
    ...presets.forcedOrganizations,
    organizations,
    users: [{ emailAddress: 'ada@acme.test', organizations: memberships }],
  })

  it('selects a membership that arrived with the user: one request, no list', async () => {
    const { sandbox, clerk } = await signedIn(config(['initech']))
    expect(currentTask(clerk)).toBe('choose-organization')
    expect(clerk.user?.organizationMemberships.map((membership) => membership.organization.name)).toEqual(['Initech'])

    await clerk.setActive({
      session: clerk.session?.id,
      organization: clerk.user?.organizationMemberships[0]?.organization.id,
    })

    expect(clerk.session?.status).toBe('active')
    expect(clerk.organization?.name).toBe('Initech')
    expect(sandbox.requests.summary()).toEqual(['POST /client/sessions/sess_1/touch'])
  })

  it('lists pending invitations and joins on accepting one', async () => {
    const { sandbox, clerk } = await signedIn(config([]))
    const invitations = await clerk.user?.getOrganizationInvitations({ status: 'pending' })
    expect(invitations?.total_count).toBe(1)
    expect(invitations?.data[0]?.publicOrganizationData.name).toBe('Globex')

    await invitations?.data[0]?.accept()
    expect(clerk.user?.organizationMemberships.map((membership) => membership.organization.name)).toEqual(['Globex'])
    expect(sandbox.requests.summary()).toEqual([
      'GET /me/organization_invitations',
      'POST /me/organization_invitations/orginv_1/accept',
    ])
    expect(sandbox.requests.all[0]?.query).toMatchObject({ status: 'pending', limit: '10', offset: '0' })
  })

  it('suggests the organizations of the email domain, and records a request to join', async () => {
    const { clerk } = await signedIn(config([]))
    const suggestions = await clerk.user?.getOrganizationSuggestions({ status: 'pending' })
    expect(suggestions?.data.map((suggestion) => suggestion.publicOrganizationData.name)).toEqual(['Acme'])
    const accepted = await suggestions?.data[0]?.accept()
    expect(accepted?.status).toBe('accepted')
    expect((await clerk.user?.getOrganizationSuggestions({ status: 'pending' }))?.total_count).toBe(0)
  })

  it('creates an organization and activates it: two requests', async () => {
    const { sandbox, clerk } = await signedIn(config([]))
    const organization = await clerk.createOrganization({ name: 'Hooli Labs' })
    expect(organization.slug).toBe('hooli-labs')
    await clerk.setActive({ session: clerk.session?.id, organization: organization.id })

    expect(clerk.session?.status).toBe('active')
    const membership = clerk.user?.organizationMemberships.find(
      (candidate) => candidate.organization.id === organization.id,
    )
    expect(membership?.role).toBe('org:admin')
    expect(sandbox.requests.summary()).toEqual(['POST /organizations', 'POST /client/sessions/sess_1/touch'])
    await expect(clerk.createOrganization({ name: 'Hooli Labs' })).rejects.toMatchObject({
      errors: [
        expect.objectContaining({
          code: 'form_identifier_exists',
          meta: expect.objectContaining({ paramName: 'slug' }),
        }),
      ],
    })
  })

  it('pages through 500 memberships without sending them all at once', async () => {
    const many = Array.from({ length: 500 }, (_, index) => ({ name: `Team ${index + 1}` }))
    const { sandbox, clerk } = await signedIn({
      ...presets.forcedOrganizations,
      organizations: many,
      users: [{ emailAddress: 'ada@acme.test', organizations: many.map((organization) => organization.name) }],
    })
    const first = await clerk.user?.getOrganizationMemberships({ pageSize: 20 })
    expect(first?.total_count).toBe(500)
    expect(first?.data.map((membership) => membership.organization.name).slice(0, 2)).toEqual(['Team 1', 'Team 2'])
    const third = await clerk.user?.getOrganizationMemberships({ pageSize: 20, initialPage: 3 })
    expect(third?.data[0]?.organization.name).toBe('Team 41')
    expect(sandbox.requests.all.map((request) => request.query)).toEqual([
      expect.objectContaining({ limit: '20', offset: '0', paginated: 'true' }),
      expect.objectContaining({ limit: '20', offset: '40' }),
    ])
  })
})

describe('reset-password', () => {
  it('clears the task once the user sets a new password', async () => {
    const sandbox = server.use(
      createSandbox({
        ...presets.emailPassword,
        users: [
          { emailAddress: 'ada@acme.test', password: 'password123', passwordCompromised: true, knownClient: true },
        ],
      }),
    )
    const clerk = await loadClerk(sandbox)
    await signInOf(clerk).password({ emailAddress: 'ada@acme.test', password: 'password123' })
    await signInOf(clerk).finalize()
    expect(currentTask(clerk)).toBe('reset-password')

    await expect(clerk.user?.updatePassword({ newPassword: 'short' })).rejects.toMatchObject({
      errors: [expect.objectContaining({ code: 'form_password_length_too_short' })],
    })
    await clerk.user?.updatePassword({ newPassword: 'a-safe-new-password', signOutOfOtherSessions: true })
    await clerk.setActive({ session: clerk.session?.id })

    expect(clerk.session?.status).toBe('active')
    expect(currentTask(clerk)).toBeUndefined()
  })
})

describe('setup-mfa', () => {
  it('enrols an authenticator app, hands out backup codes once, and asks for it next time', async () => {
    const sandbox = server.use(
      createSandbox({
        ...presets.mfaRequired,
        users: [{ emailAddress: 'ada@acme.test', password: 'correct-horse-battery', knownClient: true }],
      }),
    )
    const clerk = await loadClerk(sandbox)
    const credentials = { emailAddress: 'ada@acme.test', password: 'correct-horse-battery' }
    await signInOf(clerk).password(credentials)
    await signInOf(clerk).finalize()
    expect(currentTask(clerk)).toBe('setup-mfa')

    const totp = await clerk.user?.createTOTP()
    expect(totp?.secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(totp?.uri).toContain(`secret=${totp?.secret}`)
    const verified = await clerk.user?.verifyTOTP({ code: sandbox.totpCode(totp?.secret ?? '') })
    expect(verified?.verified).toBe(true)
    expect(verified?.backupCodes).toHaveLength(10)
    expect(clerk.session?.status).toBe('active')
    expect(clerk.user?.totpEnabled).toBe(true)

    await clerk.signOut()
    await signInOf(clerk).password(credentials)
    expect(signInOf(clerk).status).toBe('needs_second_factor')
    expect(signInOf(clerk).supportedSecondFactors.map((factor) => factor.strategy)).toEqual(['totp', 'backup_code'])
  })
})

describe('sandbox.startSession', () => {
  it('has Clerk load signed in, with the tasks a new session gets', async () => {
    const sandbox = server.use(
      createSandbox({
        ...presets.forcedOrganizations,
        organizations,
        users: [{ emailAddress: 'ada@acme.test', organizations: ['acme'] }],
      }),
    )
    expect(sandbox.startSession('ada@acme.test')).toBe('sess_1')
    const clerk = await loadClerk(sandbox)
    expect(clerk.session?.id).toBe('sess_1')
    expect(currentTask(clerk)).toBe('choose-organization')
    expect(() => sandbox.startSession('nobody@acme.test')).toThrow(/no user has the identifier/)
  })
})

describe('tasks given to startSession', () => {
  it('come first, even keys Clerk has not defined yet', async () => {
    const sandbox = server.use(createSandbox({ ...presets.mfaRequired, users: [{ emailAddress: 'ada@acme.test' }] }))
    sandbox.startSession('ada@acme.test', { tasks: ['accept-terms'] })
    const clerk = await loadClerk(sandbox)
    expect(clerk.session?.status).toBe('pending')
    expect(clerk.session?.tasks?.map((task) => task.key)).toEqual(['accept-terms', 'setup-mfa'])
  })
})
