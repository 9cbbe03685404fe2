// <Waitlist/> against the real clerk-js and the sandbox's waitlist: join, the confirmation (also
// for an address already on the list), a malformed address refused before any request, Clerk's
// props (afterJoinWaitlistUrl, signInUrl) and focus moving to the confirmation.
import { presets } from '@flowkit/sandbox'
import { focusWhenShown, renderAgain, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { Waitlist } from './waitlist'

const server = sandboxServerForFile()
const waitlistMode = { instance: { ...presets.emailPassword.instance, signUp: { mode: 'waitlist' as const } } }

describe('<Waitlist/>', () => {
  it('puts the address on the waitlist, confirms it and moves focus there, then goes on', async () => {
    const { sandbox, user, visited } = renderWithSandbox(server, waitlistMode, (navigate) => (
      <Waitlist signInUrl="/sign-in" afterJoinWaitlistUrl="/thanks" navigate={navigate} />
    ))
    expect(await screen.findByRole('heading', { name: 'Join the waitlist' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in')
    const confirmation = focusWhenShown(() =>
      screen.queryByRole('heading', { name: 'Thanks for joining the waitlist!' }),
    )
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'Grace@Example.com{Enter}')
    // Focus is on the confirmation from its first frame.
    const { shown: joined, focused } = await confirmation
    expect(focused).toBe(joined)
    expect(screen.getByRole('status')).toHaveTextContent('We’ll be in touch when your spot is ready.')
    expect(sandbox.waitlist.entries.map((entry) => entry.emailAddress)).toEqual(['grace@example.com'])
    expect(visited).toEqual(['/thanks'])
    expect(joined.closest('[data-flowkit-part="drop-in"]')).toHaveAttribute('data-step', 'waitlist-joined')
  })

  it('confirms an address already on the list just the same (Clerk answers with its entry)', async () => {
    const { sandbox, user } = renderWithSandbox(server, waitlistMode, <Waitlist />)
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'grace@example.com{Enter}')
    await screen.findByRole('heading', { name: 'Thanks for joining the waitlist!' })
    renderAgain(sandbox, <Waitlist />)
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'grace@example.com{Enter}')
    expect(await screen.findByRole('heading', { name: 'Thanks for joining the waitlist!' })).toBeInTheDocument()
    expect(sandbox.waitlist.entries).toHaveLength(1)
  })

  it('refuses a malformed address on the field, before any request', async () => {
    const { sandbox, user } = renderWithSandbox(server, waitlistMode, <Waitlist />)
    const input = await screen.findByRole('textbox', { name: 'Email address' })
    await user.type(input, 'grace-at-example{Enter}')
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true')
    expect(input).toHaveAccessibleDescription('Enter a valid email address.')
    expect(input).toHaveFocus()
    expect(sandbox.requests.afterLoad()).toEqual([])
  })

  it('renders fallback while Clerk loads, links only a safe sign-in URL, and warns about appearance', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    renderWithSandbox(
      server,
      waitlistMode,
      <Waitlist fallback={<p>Loading…</p>} signInUrl="javascript:alert(1)" appearance={{}} />,
    )
    expect(screen.getByText('Loading…')).toBeInTheDocument()
    await screen.findByRole('heading', { name: 'Join the waitlist' })
    expect(screen.queryByText('Loading…')).toBeNull()
    expect(screen.queryByRole('link')).toBeNull()
    expect(screen.queryByText('Already have access?')).toBeNull()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Flowkit <Waitlist>: `appearance` is ignored'))
  })
})
