// Organization routes as clerk-js's own resources call them: lists with repeated query keys, and the
// organization Clerk's task screen loads after an invitation is accepted.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadClerk } from '../../test/headless'
import { createSandbox, presets, type SandboxOrganization } from '../index'
import { setupSandboxServer } from '../node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const organizations: SandboxOrganization[] = [
  { name: 'Acme', domains: ['acme.test'] },
  { name: 'Globex', invitations: ['ada@acme.test'] },
  { name: 'Initech', invitations: ['ada@acme.test'] },
]

/** Ada, signed in before Clerk loads, member of the given organizations. */
async function adaSignedIn(memberships: string[] = []) {
  const sandbox = server.use(
    createSandbox({
      ...presets.forcedOrganizations,
      organizations,
      users: [{ emailAddress: 'ada@acme.test', organizations: memberships }],
    }),
  )
  sandbox.startSession('ada@acme.test')
  const clerk = await loadClerk(sandbox)
  const user = clerk.user
  if (!user) throw new Error('Ada is not signed in')
  sandbox.requests.clear()
  return { sandbox, clerk, user }
}

describe('organization lists with repeated query keys', () => {
  it('filters suggestions by every status clerk-js sends (status=pending&status=accepted)', async () => {
    const { sandbox, user } = await adaSignedIn()

    const suggestions = await user.getOrganizationSuggestions({ status: ['pending', 'accepted'] })

    expect(suggestions.data.map((suggestion) => suggestion.publicOrganizationData.name)).toEqual(['Acme'])
    expect(suggestions.total_count).toBe(1)
    expect(sandbox.requests.all[0]?.query).toMatchObject({ status: ['pending', 'accepted'], limit: '10' })
  })

  it('keeps an accepted suggestion in a list that asks for accepted ones too', async () => {
    const { user } = await adaSignedIn()
    const [acme] = (await user.getOrganizationSuggestions({ status: 'pending' })).data
    await acme?.accept()

    const pending = await user.getOrganizationSuggestions({ status: 'pending' })
    const both = await user.getOrganizationSuggestions({ status: ['pending', 'accepted'] })

    expect(pending.total_count).toBe(0)
    expect(both.data.map((suggestion) => [suggestion.publicOrganizationData.name, suggestion.status])).toEqual([
      ['Acme', 'accepted'],
    ])
  })
})

describe('GET /organizations/:id', () => {
  it('loads the organization an accepted invitation joined, as Clerk’s task screen does next', async () => {
    const { sandbox, clerk, user } = await adaSignedIn()
    const [invitation] = (await user.getOrganizationInvitations({ status: 'pending', pageSize: 1 })).data
    if (!invitation) throw new Error('Ada has no invitation')

    await invitation.accept()
    const organization = await clerk.getOrganization(invitation.publicOrganizationData.id)

    expect(organization).toMatchObject({ name: 'Globex', slug: 'globex', membersCount: 1 })
    expect(sandbox.requests.summary().slice(1)).toEqual([
      `POST /me/organization_invitations/${invitation.id}/accept`,
      `GET /organizations/${invitation.publicOrganizationData.id}`,
    ])
  })

  it('refuses an organization the user is not a member of', async () => {
    const { clerk } = await adaSignedIn(['acme'])
    const initech = 'org_3'

    await expect(clerk.getOrganization(initech)).rejects.toMatchObject({
      status: 404,
      errors: [expect.objectContaining({ code: 'organization_not_found_or_unauthorized' })],
    })
    expect((await clerk.getOrganization('org_1')).name).toBe('Acme')
  })
})
