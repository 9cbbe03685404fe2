import { presets } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SignInOrUp } from './sign-in-or-up'

const server = sandboxServerForFile()
const focused = () => document.activeElement

// Only the keyboard: Tab, Shift+Tab, Enter, Space and typing. At each step change focus must land
// on the new step's first field (typing goes on there), or on the first invalid field after an error.
describe('<SignInOrUp /> by keyboard alone', () => {
  it('signs in with a password, recovering from a wrong one', async () => {
    const ada = { emailAddress: 'ada@example.com', password: 'pw-ada-1234', knownClient: true }
    const { user, visited } = renderWithSandbox(server, { ...presets.emailPassword, users: [ada] }, (navigate) => (
      <SignInOrUp routing="virtual" navigate={navigate} />
    ))
    await screen.findByRole('heading', { name: 'Sign in or sign up' })

    await user.tab()
    expect(focused()).toBe(screen.getByRole('textbox', { name: 'Email address' }))
    await user.keyboard('ada@example.com{Enter}')

    await screen.findByRole('heading', { name: 'Enter your password' })
    const password = screen.getByLabelText('Password')
    await expect.poll(focused).toBe(password)
    await user.keyboard('not-the-password')
    await user.tab()
    expect(focused()).toBe(screen.getByRole('button', { name: 'Continue' }))
    await user.keyboard('{Enter}')

    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true')
    await expect.poll(focused).toBe(password)
    await user.keyboard('{Control>}a{/Control}pw-ada-1234{Enter}')
    await expect.poll(() => visited).toEqual(['/'])
  })

  it('creates an account: email, code, consent with Space', async () => {
    const { sandbox, user, visited } = renderWithSandbox(server, presets.emailCode, (navigate) => (
      <SignInOrUp routing="virtual" navigate={navigate} />
    ))
    await screen.findByRole('heading', { name: 'Sign in or sign up' })
    await user.tab()
    await user.keyboard('grace@example.com{Enter}')

    await screen.findByRole('heading', { name: 'Check your email' })
    await expect.poll(focused).toBe(screen.getByRole('textbox', { name: 'Verification code' }))
    // Six digits submit by themselves.
    await user.keyboard(sandbox.outbox.latestCode('grace@example.com'))

    await screen.findByRole('heading', { name: 'Complete your account' })
    await expect.poll(focused).toBe(screen.getByRole('checkbox', { name: /I agree/ }))
    await user.keyboard(' ')
    await user.tab()
    expect(focused()).toBe(screen.getByRole('link', { name: 'Terms of Service' }))
    await user.tab()
    expect(focused()).toBe(screen.getByRole('link', { name: 'Privacy Policy' }))
    await user.tab()
    expect(focused()).toBe(screen.getByRole('button', { name: 'Continue' }))
    await user.keyboard('{Enter}')
    await expect.poll(() => visited).toEqual(['/'])
  })
})
