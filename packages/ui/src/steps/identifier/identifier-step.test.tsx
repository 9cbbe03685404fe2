import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createFlow, fieldError } from '../../../test/flow-fixture'
import { IdentifierStep } from '.'

describe('IdentifierStep', () => {
  it('asks for an email address when that is all the instance accepts, and submits what was typed', async () => {
    const submitIdentifier = vi.fn(async () => {})
    render(<IdentifierStep flow={createFlow({ submitIdentifier })} />)
    expect(screen.getByRole('heading', { name: 'Sign in or sign up' })).toBeInTheDocument()
    const input = screen.getByRole('textbox', { name: 'Email address' })
    expect(input).toHaveAttribute('type', 'email')
    expect(input).toHaveAttribute('autocomplete', 'email')
    // An email input trims what it holds, as browsers do.
    await userEvent.type(input, ' Ada@Example.com {Enter}')
    expect(submitIdentifier).toHaveBeenCalledExactlyOnceWith('Ada@Example.com')
  })

  it('names every accepted identifier and lets password managers fill a username', () => {
    render(<IdentifierStep flow={createFlow({ identifierKinds: ['email_address', 'username'], intent: 'sign-in' })} />)
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument()
    const input = screen.getByRole('textbox', { name: 'Email address or username' })
    expect(input).toHaveAttribute('type', 'text')
    expect(input).toHaveAttribute('autocomplete', 'username')
  })

  it('asks for a phone number with a tel input', () => {
    render(<IdentifierStep flow={createFlow({ identifierKinds: ['phone_number'] })} />)
    expect(screen.getByRole('textbox', { name: 'Phone number' })).toHaveAttribute('type', 'tel')
  })

  it('keeps the identifier the flow remembers', () => {
    render(<IdentifierStep flow={createFlow({ identifier: 'ada@example.com' })} />)
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveValue('ada@example.com')
  })

  it('shows why the identifier was refused, on the field', () => {
    const flow = createFlow({
      fieldErrors: { identifier: fieldError('identifier', 'invalid_input', 'Enter a valid email.') },
    })
    render(<IdentifierStep flow={flow} />)
    const input = screen.getByRole('textbox', { name: 'Email address' })
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription('Enter a valid email.')
  })

  it('offers each social provider', async () => {
    const signInWithProvider = vi.fn(async () => {})
    const socialProviders = [
      { strategy: 'oauth_google', name: 'Google' },
      { strategy: 'oauth_github', name: 'GitHub' },
    ]
    render(<IdentifierStep flow={createFlow({ socialProviders, signInWithProvider })} />)
    await userEvent.click(screen.getByRole('button', { name: 'Continue with GitHub' }))
    expect(signInWithProvider).toHaveBeenCalledExactlyOnceWith('oauth_github')
  })

  it('renders Clerk’s captcha mount only while the flow asks for it', () => {
    const { container, rerender } = render(<IdentifierStep flow={createFlow()} />)
    expect(container.querySelector('#clerk-captcha')).toBeNull()
    rerender(<IdentifierStep flow={createFlow({ captchaRequired: true })} />)
    expect(container.querySelector('#clerk-captcha')).toBeInTheDocument()
  })
})
