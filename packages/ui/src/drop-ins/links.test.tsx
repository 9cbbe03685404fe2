import { presets } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SignIn } from './sign-in'
import { SignUp } from './sign-up'

// The drop-ins link only to URLs that Flowkit's one URL check (`safeRedirect(url, '*')`) lets
// through: http(s) and same-site paths. Each hostile case has a safe twin, so the test can fail.
const server = sandboxServerForFile()
const hostile = ['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)']

describe('links from a drop-in’s props', () => {
  it.each(hostile)('a signUpUrl of %s renders no link, nor the line asking for one', async (url) => {
    renderWithSandbox(server, presets.emailCode, <SignIn routing="virtual" signUpUrl={url} />)
    await screen.findByRole('heading', { name: 'Sign in' })
    expect(screen.queryByRole('link')).toBeNull()
    expect(screen.queryByText(/Don’t have an account/)).toBeNull()
  })

  it('a signUpUrl on another site is linked as is; one on this site, as its path', async () => {
    renderWithSandbox(
      server,
      presets.emailCode,
      <>
        <SignIn routing="virtual" signUpUrl="https://accounts.example.com/sign-up" />
        <SignUp routing="virtual" signInUrl={`${window.location.origin}/sign-in?from=join`} />
      </>,
    )
    expect(await screen.findByRole('link', { name: 'Sign up' })).toHaveAttribute(
      'href',
      'https://accounts.example.com/sign-up',
    )
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in?from=join')
  })

  it.each([
    [hostile[0], null],
    ['https://example.com/waitlist', 'https://example.com/waitlist'],
  ])('on a waitlist-only instance, a waitlistUrl of %s is linked as %s', async (url, href) => {
    renderWithSandbox(
      server,
      { ...presets.emailCode, instance: { ...presets.emailCode.instance, signUp: { mode: 'waitlist' } } },
      <SignUp routing="virtual" waitlistUrl={url} />,
    )
    // Said up front, with no form to fail first.
    await screen.findByRole('heading', { name: 'Access restricted' })
    const link = screen.queryByRole('link', { name: 'Join the waitlist' })
    if (href) expect(link).toHaveAttribute('href', href)
    else expect(link).toBeNull()
  })
})
