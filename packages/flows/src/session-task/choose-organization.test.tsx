import { presets, type SandboxConfig } from '@flowkit/sandbox'
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { recordNavigations, renderWithSandbox, SignInOrUpScreen, sandboxServerForFile } from '../test/flow-harness'

const server = sandboxServerForFile()
const email = 'ada@example.com'

function organizations(count: number) {
  return Array.from({ length: count }, (_, index) => ({ name: `Org ${String(index + 1).padStart(3, '0')}` }))
}

function withMemberships(count: number): SandboxConfig {
  const orgs = organizations(count)
  return {
    instance: {
      ...presets.forcedOrganizations.instance,
      organizations: { enabled: true, forceSelection: true, allowCreation: true, domains: false },
    },
    organizations: orgs,
    users: [{ emailAddress: email, organizations: orgs.map((org) => org.name.toLowerCase().replace(' ', '-')) }],
  }
}

async function signInToTask(config: SandboxConfig) {
  const { visited, navigate } = recordNavigations()
  const rendered = renderWithSandbox(
    server,
    config,
    <SignInOrUpScreen options={{ navigate, fallbackRedirectUrl: '/app' }} />,
  )
  const { sandbox, user } = rendered
  await screen.findByRole('heading', { name: 'identifier' })
  await user.type(screen.getByLabelText('Identifier'), email)
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await screen.findByRole('heading', { name: 'first-factor' })
  await user.type(screen.getByLabelText('Code'), sandbox.outbox.latestCode(email))
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await screen.findByRole('heading', { name: 'task' })
  sandbox.requests.clear()
  return { ...rendered, visited }
}

const organizationButtons = () =>
  within(screen.getByRole('list'))
    .getAllByRole('button')
    .map((button) => button.textContent)

describe('choose-organization task', () => {
  it('selects a membership that arrived with the user: one request, then on to the redirect', async () => {
    const { sandbox, user, visited } = await signInToTask(withMemberships(3))
    expect(screen.getByRole('heading', { name: 'Task choose-organization' })).toBeInTheDocument()
    expect(organizationButtons()).toEqual(['membership Org 001', 'membership Org 002', 'membership Org 003'])
    await user.click(screen.getByRole('button', { name: 'membership Org 002' }))
    await expect.poll(() => visited).toEqual(['/app'])
    expect(sandbox.requests.summary()).toEqual(['POST /client/sessions/sess_1/touch'])
    expect(sandbox.requests.all[0]?.body).toMatchObject({ active_organization_id: expect.stringMatching(/^org_/) })
  })

  it('pages and searches 500 memberships without rendering them all or asking the server', async () => {
    const { sandbox, user } = await signInToTask(withMemberships(500))
    expect(organizationButtons()).toHaveLength(10)
    await user.click(screen.getByRole('button', { name: 'Load more' }))
    expect(organizationButtons()).toHaveLength(20)
    expect(organizationButtons().at(-1)).toBe('membership Org 020')

    // "42" is in 042, 142, 242, 342, 420–429 and 442: fifteen matches, shown ten at a time.
    await user.type(screen.getByRole('textbox', { name: 'Search' }), '42')
    expect(organizationButtons()).toEqual(
      ['042', '142', '242', '342', '420', '421', '422', '423', '424', '425'].map((n) => `membership Org ${n}`),
    )
    await user.click(screen.getByRole('button', { name: 'Load more' }))
    expect(organizationButtons().slice(10)).toEqual(
      ['426', '427', '428', '429', '442'].map((n) => `membership Org ${n}`),
    )
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'membership Org 427' }))
    await screen.findByRole('heading', { name: 'complete' })
    expect(sandbox.requests.summary()).toEqual(['POST /client/sessions/sess_1/touch'])
  })
})
