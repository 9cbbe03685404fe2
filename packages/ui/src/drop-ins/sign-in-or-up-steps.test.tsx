import { focusWhenShown } from '@flowkit/test-support'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createChooseOrganization, createFlow, createMissingFields, fieldError } from '../../test/flow-fixture'
import { SignInOrUpSteps } from './sign-in-or-up-steps'

const codeStep = { name: 'first-factor', strategy: 'email_code', safeIdentifier: 'a***@example.com' } as const

describe('SignInOrUpSteps', () => {
  it('renders the step the flow is on (the later screens once loaded)', async () => {
    const screens = [
      [createFlow(), 'Sign in or sign up'],
      [createFlow({ step: { name: 'password' } }), 'Enter your password'],
      [createFlow({ step: codeStep }), 'Check your email'],
      [createFlow({ step: { name: 'email-link', safeIdentifier: 'a***' } }), 'Check your email'],
      [createFlow({ step: { name: 'choose-strategy', strategies: ['password'] } }), 'Use another method'],
      [createFlow({ step: { name: 'second-factor', strategy: 'totp', available: ['totp'] } }), 'Two-step verification'],
      [createFlow({ step: { name: 'new-password' } }), 'Set a new password'],
      [
        createFlow({ step: { name: 'missing-requirements' }, missingFields: createMissingFields() }),
        'Complete your account',
      ],
      [
        createFlow({ step: { name: 'task', key: 'choose-organization' }, task: createChooseOrganization() }),
        'Create an organization',
      ],
      [
        createFlow({
          step: { name: 'task', key: 'choose-organization' },
          task: createChooseOrganization({
            items: [
              { kind: 'membership', id: 'm_1', organization: { id: 'o', name: 'Acme', slug: null, imageUrl: null } },
            ],
          }),
        }),
        'Choose an organization',
      ],
      [createFlow({ step: { name: 'protect-check', attempt: 'sign-in', challenge: null } }), 'Checking your browser'],
      [createFlow({ step: { name: 'complete' } }), 'You’re signed in'],
    ] as const
    for (const [flow, title] of screens) {
      const { unmount } = render(<SignInOrUpSteps flow={flow} />)
      expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(title)
      unmount()
    }
  })

  it('shows the fallback while Clerk loads', () => {
    render(<SignInOrUpSteps flow={createFlow({ step: { name: 'loading' } })} fallback={<p>Loading…</p>} />)
    expect(screen.getByText('Loading…')).toBeInTheDocument()
  })

  it('moves focus to the new step’s first invalid field, else its first field, else its heading', async () => {
    const { rerender } = render(<SignInOrUpSteps flow={createFlow()} />)
    await userEvent.type(screen.getByRole('textbox', { name: 'Email address' }), 'ada@example.com')

    // From the new screen's first frame (each is loaded lazily: it appears after its step began).
    const codeField = focusWhenShown(() => screen.queryByRole('textbox', { name: 'Verification code' }))
    rerender(<SignInOrUpSteps flow={createFlow({ step: codeStep })} />)
    const code = await codeField
    expect(code.focused).toBe(code.shown)

    const linkHeading = focusWhenShown(() => screen.queryByRole('heading', { name: 'Check your email' }))
    rerender(<SignInOrUpSteps flow={createFlow({ step: { name: 'email-link', safeIdentifier: 'a***' } })} />)
    const link = await linkHeading
    expect(link.focused).toBe(link.shown)

    const refused = createFlow({ fieldErrors: { identifier: fieldError('identifier', 'invalid_input', 'Try again.') } })
    rerender(<SignInOrUpSteps flow={refused} />)
    await expect.poll(() => document.activeElement).toBe(screen.getByRole('textbox', { name: 'Email address' }))
  })

  it('passes localization and classNames to every step', () => {
    const { container } = render(
      <SignInOrUpSteps
        flow={createFlow()}
        localization={{ signInOrUpTitle: 'Willkommen' }}
        classNames={{ title: 'heading', 'drop-in': 'card' }}
      />,
    )
    expect(screen.getByRole('heading', { name: 'Willkommen' })).toHaveClass('heading')
    expect(container.firstChild).toHaveClass('card')
  })
})
