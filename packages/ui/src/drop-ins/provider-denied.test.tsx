import { renderAgain, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { SignInOrUp } from './sign-in-or-up'

// Issue 17 §2.9: a sign-in refused at Google showed an alert with `data-error="unknown"`, which a
// theme could neither style nor tell apart from any other failure.
const server = sandboxServerForFile()

afterEach(() => window.history.replaceState(null, '', '/'))

describe('a social sign-in refused at the provider', () => {
  it('comes back to the first step with an alert of its own code, provider_denied', async () => {
    const config = { instance: { identifiers: ['email_address' as const], oauth: ['google' as const] } }
    const { sandbox, user } = renderWithSandbox(server, config, () => <SignInOrUp routing="virtual" />)
    await user.click(await screen.findByRole('button', { name: 'Continue with Google' }))
    await expect.poll(() => sandbox.oauth.pending?.provider).toBe('google')
    const { pathname, search } = new URL(sandbox.oauth.deny(), window.location.href)
    window.history.replaceState(null, '', pathname + search)

    renderAgain(sandbox, <SignInOrUp routing="virtual" />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveAttribute('data-error', 'provider_denied')
    expect(alert).toHaveTextContent('You did not grant access to your account.')
    expect(screen.getByRole('heading', { name: 'Sign in or sign up' })).toBeInTheDocument()
  })
})
