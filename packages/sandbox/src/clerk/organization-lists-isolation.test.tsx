// Two tests in one file, each with a fresh sandbox whose user is `user_1` in a different
// organization. Clerk's hooks cache organization lists in one module-level query client keyed by the
// user's id; the second test must still see its own organizations, fetched from its own sandbox.
// Order matters here: do not shuffle.
import { useOrganizationList } from '@clerk/react'
import { render, screen } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createSandbox, presets, SandboxProvider } from '../index'
import { setupSandboxServer } from '../node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

/** Every organization name the list ever rendered, in order (what a user could have seen). */
let seen: string[] = []

function Memberships() {
  const { isLoaded, userMemberships } = useOrganizationList({ userMemberships: true })
  if (!isLoaded) return <p>Loading</p>
  const names = userMemberships.data?.map((membership) => membership.organization.name) ?? []
  seen.push(...names)
  return (
    <ul aria-label="Your organizations">
      {names.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  )
}

function renderMemberOf(organization: string) {
  seen = []
  const sandbox = server.use(
    createSandbox({
      ...presets.forcedOrganizations,
      organizations: [{ name: organization }],
      users: [{ emailAddress: 'ada@example.com', organizations: [organization] }],
    }),
  )
  sandbox.startSession('ada@example.com')
  render(
    <SandboxProvider sandbox={sandbox}>
      <Memberships />
    </SandboxProvider>,
  )
  return sandbox
}

describe('organization lists in a fresh sandbox per test', () => {
  it('1. lists Acme for a user_1 who belongs to Acme', async () => {
    const sandbox = renderMemberOf('Acme')
    expect(await screen.findByRole('listitem')).toHaveTextContent('Acme')
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual(['GET /me/organization_memberships'])
  })

  it('2. lists Globex for the next user_1, never the first test’s Acme, and asks its own sandbox', async () => {
    const sandbox = renderMemberOf('Globex')
    expect(await screen.findByRole('listitem')).toHaveTextContent('Globex')
    expect(seen).not.toContain('Acme')
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual(['GET /me/organization_memberships'])
  })
})
