// What a signed-in user does to their own account and sessions, through clerk-js's own resources.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadClerk } from '../../test/headless'
import { createSandbox, presets, type SandboxConfig } from '../index'
import { setupSandboxServer } from '../node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const ada = { emailAddress: 'ada@example.com', password: 'correct-horse-battery' }

async function adaSignedIn(config: SandboxConfig = { ...presets.emailPassword, users: [ada] }) {
  const sandbox = server.use(createSandbox(config))
  sandbox.startSession(ada.emailAddress)
  const clerk = await loadClerk(sandbox)
  const user = clerk.user
  if (!user) throw new Error('Ada is not signed in')
  sandbox.requests.clear()
  return { sandbox, clerk, user }
}

describe('the user’s sessions', () => {
  it('lists the active sessions (a bare array) and revokes one', async () => {
    const { sandbox, clerk, user } = await adaSignedIn()

    const sessions = await user.getSessions()
    expect(sessions.map((session) => [session.id, session.status])).toEqual([['sess_1', 'active']])
    expect(sessions[0]?.latestActivity.browserName).toBe('Chrome')
    await sessions[0]?.revoke()

    expect(sandbox.requests.summary()).toEqual(['GET /me/sessions/active', 'POST /me/sessions/sess_1/revoke'])
    expect(clerk.client?.sessions).toEqual([])
  })

  it('ends the session (session.end)', async () => {
    const { sandbox, clerk } = await adaSignedIn()
    await clerk.session?.end()
    expect(sandbox.requests.summary()[0]).toBe('POST /client/sessions/sess_1/end')
    expect(clerk.client?.sessions).toEqual([])
  })

  it('signs out everywhere by destroying the client (client.destroy)', async () => {
    const { sandbox, clerk } = await adaSignedIn()
    const before = clerk.client?.id
    await clerk.client?.destroy()
    expect(sandbox.requests.summary()).toEqual(['DELETE /client'])
    const reloaded = await loadClerk(sandbox)
    expect(reloaded.session).toBeNull()
    expect(reloaded.client?.id).not.toBe(before)
  })
})

describe('the user’s account', () => {
  it('merges unsafe metadata (PATCH /me/metadata) and removes the password', async () => {
    const { sandbox, clerk, user } = await adaSignedIn()

    await user.updateMetadata({ unsafeMetadata: { theme: 'dark', onboarding: { step: 2 } } })
    await clerk.user?.updateMetadata({ unsafeMetadata: { onboarding: { done: true }, theme: null } })
    await expect(clerk.user?.removePassword({ currentPassword: 'wrong' })).rejects.toMatchObject({
      errors: [expect.objectContaining({ code: 'form_password_incorrect' })],
    })
    await clerk.user?.removePassword({ currentPassword: ada.password })

    expect(clerk.user?.unsafeMetadata).toEqual({ onboarding: { step: 2, done: true } })
    expect(clerk.user?.passwordEnabled).toBe(false)
    expect(sandbox.requests.all[0]?.body).toEqual({ unsafe_metadata: '{"theme":"dark","onboarding":{"step":2}}' })
  })

  it('leaves an organization', async () => {
    const { sandbox, clerk, user } = await adaSignedIn({
      ...presets.emailPassword,
      organizations: [{ name: 'Acme' }],
      users: [{ ...ada, organizations: ['acme'] }],
    })
    await user.leaveOrganization('org_1')
    expect(sandbox.requests.summary()).toEqual(['DELETE /me/organization_memberships/org_1'])
    await clerk.user?.reload()
    expect(clerk.user?.organizationMemberships).toEqual([])
  })

  it('deletes the account, which signs the user out', async () => {
    const { sandbox, clerk, user } = await adaSignedIn()
    await user.delete()
    expect(sandbox.requests.summary()[0]).toBe('DELETE /me')
    const reloaded = await loadClerk(sandbox)
    expect(reloaded.session).toBeNull()
    expect(() => sandbox.startSession(ada.emailAddress)).toThrow(/no user has the identifier/)
    expect(clerk.client?.sessions ?? []).toEqual([])
  })
})
