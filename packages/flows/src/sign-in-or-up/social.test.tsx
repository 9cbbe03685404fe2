import type { SandboxConfig } from '@flowkit/sandbox'
import { recordNavigations, renderAgain, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { SignInOrUpScreen } from '../../test/flow-harness'

const server = sandboxServerForFile()
const instance: SandboxConfig['instance'] = {
  identifiers: ['email_address'],
  firstFactors: ['email_code'],
  oauth: ['google'],
}

afterEach(() => window.history.replaceState({}, '', '/'))

/** Clicks the provider button, answers at the fake provider, and loads the page the browser returns to. */
async function throughGoogle(config: SandboxConfig, answer: 'deny' | { emailAddress: string }) {
  window.history.replaceState({}, '', '/sign-in?redirect_url=%2Fafter')
  const { sandbox, user } = renderWithSandbox(server, config, <SignInOrUpScreen />)
  await user.click(await screen.findByRole('button', { name: 'Continue with Google' }))
  await expect.poll(() => sandbox.oauth.pending?.provider).toBe('google')
  const callback = answer === 'deny' ? sandbox.oauth.deny() : sandbox.oauth.authorize(answer)
  const { pathname, search } = new URL(callback, window.location.href)
  window.history.replaceState({}, '', pathname + search)
  const { visited, navigate } = recordNavigations()
  renderAgain(sandbox, <SignInOrUpScreen options={{ navigate }} />)
  return { sandbox, user, visited }
}

describe('social sign-in', () => {
  it('comes back to this page and signs an existing user in, keeping redirect_url', async () => {
    const { sandbox, visited } = await throughGoogle(
      { instance, users: [{ emailAddress: 'ada@example.com' }] },
      {
        emailAddress: 'ada@example.com',
      },
    )
    // The provider's answer left a signed-in session: this page load just sends the user on.
    await expect.poll(() => visited).toEqual(['/after'])
    expect(screen.getByRole('heading', { name: 'loading' })).toBeInTheDocument()
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([])
  })

  it('turns a new account into a sign-up, collecting what it still needs', async () => {
    const { user, visited } = await throughGoogle(
      { instance: { ...instance, signUp: { legalConsent: true } } },
      { emailAddress: 'grace@example.com' },
    )
    await screen.findByRole('heading', { name: 'missing-requirements' })
    await user.click(screen.getByRole('checkbox', { name: 'legalAccepted' }))
    await user.click(screen.getByRole('button', { name: 'Create account' }))
    await screen.findByRole('heading', { name: 'complete' })
    expect(visited).toEqual(['/after'])
  })

  it('shows a refusal at the provider on the identifier step', async () => {
    await throughGoogle({ instance }, 'deny')
    expect(await screen.findByRole('alert')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'identifier' })).toBeInTheDocument()
  })
})
