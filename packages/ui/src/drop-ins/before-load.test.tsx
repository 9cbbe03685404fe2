import { createSandbox, presets, SandboxProvider } from '@flowkit/sandbox'
import { recordNavigations, sandboxServerForFile } from '@flowkit/test-support'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { SignInOrUp } from './sign-in-or-up'

// The drop-in before Clerk has loaded, as the example app renders it: `SandboxProvider` holds
// Clerk's load behind `ready` (there, the service worker starting). Here the test opens that gate
// itself, after the user has typed and submitted — no timing involved.

const server = sandboxServerForFile()

afterEach(() => window.history.replaceState(null, '', '/'))

function renderBeforeClerkLoads() {
  const sandbox = server.use(createSandbox(presets.emailCode))
  let loadClerk = () => {}
  const ready = new Promise<void>((resolve) => {
    loadClerk = resolve
  })
  const { visited, navigate } = recordNavigations()
  render(
    <SandboxProvider sandbox={sandbox} ready={ready}>
      <SignInOrUp routing="virtual" navigate={navigate} fallbackRedirectUrl="/welcome" />
    </SandboxProvider>,
  )
  return { sandbox, visited, loadClerk, user: userEvent.setup() }
}

describe('<SignInOrUp /> before Clerk has loaded', () => {
  it('takes the email and the submit at once, sends them when Clerk is ready, and the sign-up completes', async () => {
    const { sandbox, visited, loadClerk, user } = renderBeforeClerkLoads()
    const email = screen.getByRole('textbox', { name: 'Email address' })
    expect(email).toBeEnabled()
    await user.type(email, 'grace@example.com')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    // Pending, what was typed kept, and nothing sent: there is no Clerk to send it yet.
    expect(await screen.findByRole('button', { name: /Continuing/ })).toHaveAttribute('aria-disabled', 'true')
    expect(email).toHaveValue('grace@example.com')
    expect(sandbox.requests.all).toEqual([])

    loadClerk()
    expect(await screen.findByRole('heading', { name: 'Check your email' }, { timeout: 10_000 })).toBeVisible()
    expect(sandbox.requests.afterLoad()[0]?.body.identifier).toBe('grace@example.com')
    await user.type(
      screen.getByRole('textbox', { name: 'Verification code' }),
      sandbox.outbox.latestCode('grace@example.com'),
    )
    expect(await screen.findByRole('heading', { name: 'Complete your account' })).toBeVisible()
    await user.click(screen.getByRole('checkbox', { name: /I agree/ }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await expect.poll(() => visited).toEqual(['/welcome'])
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_first_factor',
      'POST /client/sign_ins/sia_1/attempt_first_factor',
      'POST /client/sign_ups',
      'PATCH /client/sign_ups/sua_1',
      'POST /client/sessions/sess_1/touch',
    ])
  })
})
