import type { Clerk } from '@clerk/clerk-js'
import { ClerkProvider } from '@clerk/react'
import { createSandbox, presets, type SandboxConfig } from '@flowkit/sandbox'
import { recordNavigations, sandboxServerForFile } from '@flowkit/test-support'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { SignInOrUpScreen } from '../../test/flow-harness'
import type { SignInOrUpFlow } from './types'

// The identifier step takes input before clerk-js has loaded. Each test holds Clerk's load behind a
// gate it opens itself (no timing): `clerk.load()` waits for it, as a slow network would.

const server = sandboxServerForFile()
const ada = { emailAddress: 'ada@example.com' }

async function renderWhileClerkLoads(
  config: SandboxConfig,
  setup?: (sandbox: ReturnType<typeof createSandbox>) => void,
) {
  const sandbox = server.use(createSandbox(config))
  setup?.(sandbox)
  const clerk: Clerk = await sandbox.createClerk()
  let openGate = () => {}
  const gate = new Promise<void>((resolve) => {
    openGate = resolve
  })
  const load = clerk.load.bind(clerk)
  clerk.load = async (options) => {
    await gate
    return load(options)
  }
  const states: SignInOrUpFlow[] = []
  const { visited, navigate } = recordNavigations()
  render(
    <ClerkProvider Clerk={clerk} publishableKey={sandbox.publishableKey} prefetchUI={false} telemetry={false}>
      <SignInOrUpScreen options={{ navigate, mode: 'standard' }} states={states} />
    </ClerkProvider>,
  )
  return { sandbox, states, visited, user: userEvent.setup(), loadClerk: openGate }
}

const latest = (states: SignInOrUpFlow[]) => states.at(-1)

afterEach(() => window.history.replaceState(null, '', '/'))

describe('before Clerk has loaded', () => {
  it('shows the identifier step, takes what is typed, and sends it the moment Clerk is ready', async () => {
    const { sandbox, states, user, loadClerk } = await renderWhileClerkLoads({ ...presets.emailCode, users: [ada] })
    expect(await screen.findByRole('heading', { name: 'identifier' })).toBeVisible()
    expect(latest(states)?.isReady).toBe(false)

    await user.type(screen.getByLabelText('Identifier'), ada.emailAddress)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    // Pending, and nothing sent: Clerk is not there to send it.
    expect(await screen.findByText('Working…')).toBeVisible()
    expect(sandbox.requests.summary()).toEqual([])
    expect(latest(states)?.isReady).toBe(false)

    loadClerk()
    expect(await screen.findByRole('heading', { name: 'first-factor' }, { timeout: 10_000 })).toBeVisible()
    expect(screen.getByText('Sent to ada@example.com')).toBeVisible()
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_first_factor',
    ])
    expect(sandbox.requests.afterLoad()[0]?.body.identifier).toBe(ada.emailAddress)

    await user.type(screen.getByLabelText('Code'), sandbox.outbox.latestCode(ada.emailAddress))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('heading', { name: 'complete' })).toBeVisible()
  })

  it('checks a queued identifier once the instance’s rules are known, and shows what is wrong at its field', async () => {
    const { sandbox, user, loadClerk } = await renderWhileClerkLoads({ ...presets.emailCode, users: [ada] })
    await user.type(await screen.findByLabelText('Identifier'), 'not an email')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    loadClerk()
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(/email/i)
    expect(screen.getByRole('heading', { name: 'identifier' })).toBeVisible()
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([])
  })

  it('drops what was queued when the visit is not a fresh one: a signed-in user is sent on', async () => {
    const { sandbox, visited, user, loadClerk } = await renderWhileClerkLoads(
      { ...presets.emailCode, users: [ada] },
      (created) => void created.startSession(ada.emailAddress),
    )
    await user.type(await screen.findByLabelText('Identifier'), 'grace@example.com')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    loadClerk()
    await expect.poll(() => visited, { timeout: 10_000 }).toEqual(['/'])
    expect(sandbox.requests.summary({ afterLoad: true })).not.toContain('POST /client/sign_ins')
  })

  it('shows loading, not the identifier, on a page Clerk sent the browser back to', async () => {
    window.history.replaceState(null, '', '/?__clerk_status=expired')
    const { loadClerk } = await renderWhileClerkLoads({ ...presets.emailLink, users: [ada] })
    expect(await screen.findByRole('heading', { name: 'loading' })).toBeVisible()
    expect(screen.queryByLabelText('Identifier')).toBeNull()
    loadClerk()
    expect(await screen.findByRole('heading', { name: 'identifier' }, { timeout: 10_000 })).toBeVisible()
  })
})
