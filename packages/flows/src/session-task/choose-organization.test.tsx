import { presets, type SandboxConfig } from '@flowkit/sandbox'
import { recordNavigations, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SignInOrUpScreen } from '../../test/flow-harness'

const server = sandboxServerForFile()
const email = 'ada@example.com'

function organizations(count: number) {
  return Array.from({ length: count }, (_, index) => ({ name: `Org ${String(index + 1).padStart(3, '0')}` }))
}

function withMemberships(count: number): SandboxConfig {
  // Org 001, Org 002…: slugs org-001, org-002…
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

async function signInToTask(config: SandboxConfig, { clear = true } = {}) {
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
  if (clear) sandbox.requests.clear()
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

describe('choose-organization: create, invitations, suggestions', () => {
  it('creates an organization and activates it: two requests', async () => {
    const { sandbox, user, visited } = await signInToTask(withMemberships(0))
    expect(screen.queryByRole('list')?.children ?? []).toHaveLength(0)
    await user.type(screen.getByLabelText('Organization name'), 'Analytical Engines')
    await user.click(screen.getByRole('button', { name: 'Create' }))
    await expect.poll(() => visited).toEqual(['/app'])
    expect(sandbox.requests.summary()).toEqual(['POST /organizations', 'POST /client/sessions/sess_1/touch'])
    expect(sandbox.requests.all[0]?.body).toMatchObject({ name: 'Analytical Engines' })
  })

  it('refuses an empty name before any request', async () => {
    const { sandbox, user } = await signInToTask(withMemberships(0))
    await user.click(screen.getByRole('button', { name: 'Create' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Required.')
    expect(sandbox.requests.summary()).toEqual([])
  })

  it('lists invitations and suggestions when domains are enabled, and accepting an invitation activates it', async () => {
    const config: SandboxConfig = {
      instance: {
        ...presets.forcedOrganizations.instance,
        organizations: { enabled: true, forceSelection: true, allowCreation: true, domains: true },
      },
      organizations: [
        { name: 'Member Co' },
        { name: 'Invited Co', invitations: [email] },
        { name: 'Example Co', domains: ['example.com'] },
      ],
      users: [{ emailAddress: email, organizations: ['member-co'] }],
    }
    const { sandbox, user, visited } = await signInToTask(config, { clear: false })
    await screen.findByRole('button', { name: 'invitation Invited Co' })
    expect(organizationButtons()).toEqual(['membership Member Co', 'invitation Invited Co', 'suggestion Example Co'])

    await user.click(screen.getByRole('button', { name: 'invitation Invited Co' }))
    await expect.poll(() => visited).toEqual(['/app'])
    // After the sign-in's own four: the two lists (once), the acceptance, the activation.
    expect(sandbox.requests.summary({ afterLoad: true }).slice(4)).toEqual([
      'GET /me/organization_invitations',
      'GET /me/organization_suggestions',
      'POST /me/organization_invitations/orginv_1/accept',
      'POST /client/sessions/sess_1/touch',
    ])
  })

  it('sends a request to join for a suggestion, and says an admin must approve it', async () => {
    const config: SandboxConfig = {
      instance: {
        ...presets.forcedOrganizations.instance,
        organizations: { enabled: true, forceSelection: true, allowCreation: true, domains: true },
      },
      organizations: [{ name: 'Example Co', domains: ['example.com'] }],
      users: [{ emailAddress: email }],
    }
    const { sandbox, user } = await signInToTask(config)
    await user.click(await screen.findByRole('button', { name: 'suggestion Example Co' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('an admin must approve it')
    expect(screen.queryByRole('button', { name: 'suggestion Example Co' })).not.toBeInTheDocument()
    expect(sandbox.requests.summary().at(-1)).toMatch(/^POST \/me\/organization_suggestions\/\w+\/accept$/)
  })
})
