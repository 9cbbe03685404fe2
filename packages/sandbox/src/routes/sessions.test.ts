import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadClerk, signInOf } from '../../test/headless'
import { createSandbox, presets, type SandboxConfig } from '../index'
import { setupSandboxServer } from '../node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const ada = { emailAddress: 'ada@example.com', password: 'correct-horse-battery', knownClient: true }

const claims = (jwt: string | null | undefined) => {
  const payload = jwt?.split('.')[1]
  if (!payload) throw new Error('not a JWT')
  return JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')))
}

async function signedIn(config: SandboxConfig) {
  const sandbox = server.use(createSandbox(config))
  const clerk = await loadClerk(sandbox)
  await signInOf(clerk).password({ emailAddress: ada.emailAddress, password: ada.password })
  await signInOf(clerk).finalize()
  sandbox.requests.clear()
  return { sandbox, clerk }
}

describe('sessions', () => {
  it('gives the session a token clerk-js can read without asking, and mints one on demand', async () => {
    const { sandbox, clerk } = await signedIn({ ...presets.emailPassword, users: [ada] })

    const cached = await clerk.session?.getToken()
    expect(claims(cached)).toMatchObject({ sid: 'sess_1', sub: 'user_1', sts: 'active', v: 2 })
    expect(sandbox.requests.summary()).toEqual([])

    const fresh = await clerk.session?.getToken({ skipCache: true })
    expect(claims(fresh)).toMatchObject({ sid: 'sess_1', sub: 'user_1' })
    expect(sandbox.requests.summary()).toEqual(['POST /client/sessions/sess_1/tokens'])
  })

  it('signs out: the client loses its sessions and clerk-js ends up signed out', async () => {
    const { sandbox, clerk } = await signedIn({ ...presets.emailPassword, users: [ada] })

    await clerk.signOut()

    expect(clerk.session).toBeNull()
    expect(clerk.user).toBeNull()
    expect(sandbox.requests.summary()[0]).toBe('DELETE /client/sessions')
    expect(sandbox.requests.all[0]?.status).toBe(200)
  })

  it('switches the active organization on touch, and puts it in the token', async () => {
    const { sandbox, clerk } = await signedIn({
      ...presets.emailPassword,
      organizations: [{ name: 'Acme' }],
      users: [{ ...ada, organizations: ['acme'] }],
    })

    await clerk.setActive({ organization: 'org_1' })

    expect(clerk.organization?.slug).toBe('acme')
    expect(sandbox.requests.all[0]).toMatchObject({
      method: 'POST',
      path: '/client/sessions/sess_1/touch',
      body: { active_organization_id: 'org_1' },
    })
    expect(claims(await clerk.session?.getToken())).toMatchObject({ o: { id: 'org_1', rol: 'admin', slg: 'acme' } })
  })

  it('refuses an organization the user is not a member of', async () => {
    const { clerk } = await signedIn({
      ...presets.emailPassword,
      organizations: [{ name: 'Acme' }],
      users: [ada],
    })
    await expect(clerk.setActive({ organization: 'org_1' })).rejects.toMatchObject({
      errors: [expect.objectContaining({ code: 'not_allowed_access' })],
    })
  })

  it('starts a forced-organization session pending with choose-organization, until one is selected', async () => {
    const sandbox = server.use(
      createSandbox({
        ...presets.forcedOrganizations,
        organizations: [{ name: 'Acme' }],
        users: [{ emailAddress: 'ada@example.com', organizations: ['acme'] }],
      }),
    )
    const clerk = await loadClerk(sandbox)
    await signInOf(clerk).emailCode.sendCode({ emailAddress: 'ada@example.com' })
    await signInOf(clerk).emailCode.verifyCode({ code: sandbox.outbox.latestCode('ada@example.com') })
    await signInOf(clerk).finalize()

    expect(clerk.session?.status).toBe('pending')
    expect(clerk.session?.currentTask?.key).toBe('choose-organization')

    await clerk.setActive({ session: 'sess_1', organization: 'org_1' })

    expect(clerk.session?.status).toBe('active')
    expect(clerk.session?.currentTask).toBeUndefined()
    expect(clerk.organization?.id).toBe('org_1')
  })
})
