import type { SignInOrUpFlow } from '@flowkit/flows'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createFlow, flowError } from '../../../test/flow-fixture'
import { EnterpriseSsoStep } from '.'

const connections = [
  { id: 'ent_1', name: 'Acme Okta' },
  { id: 'ent_2', name: 'Acme Entra' },
]

describe('EnterpriseSsoStep', () => {
  it('is a list of buttons, one per connection: each starts that connection', async () => {
    const start = vi.fn(async (_: Parameters<SignInOrUpFlow['start']>[0]) => {})
    const { container } = render(
      <EnterpriseSsoStep flow={createFlow({ step: { name: 'enterprise-sso', connections }, start })} />,
    )
    expect(screen.getByRole('heading', { name: 'Choose your enterprise account' })).toBeInTheDocument()
    expect(container.querySelector('form')).toBeNull()
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Continue with Acme Okta',
      'Continue with Acme Entra',
    ])
    await userEvent.click(screen.getByRole('button', { name: 'Continue with Acme Entra' }))
    expect(start).toHaveBeenCalledOnce()
    // The method started is the chosen connection's: a redirect to that connection's IdP.
    const method = start.mock.calls[0]?.[0]
    expect(method?.leavesPage).toBe(true)
    const sso = vi.fn(async () => ({ error: null }))
    await method?.start({ signIn: { sso } } as never, { identifier: 'ada@acme.com', returnTo: '/back' } as never)
    expect(sso).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({
        strategy: 'enterprise_sso',
        enterpriseConnectionId: 'ent_2',
        identifier: 'ada@acme.com',
      }),
    )
  })

  it('ignores a second press while the redirect is on its way, and says why it came back refused', async () => {
    const start = vi.fn(async () => {})
    render(
      <EnterpriseSsoStep
        flow={createFlow({
          step: { name: 'enterprise-sso', connections },
          start,
          isPending: true,
          error: flowError('sso_refused', 'Your organization’s sign-in refused access.'),
        })}
      />,
    )
    const okta = screen.getByRole('button', { name: 'Continue with Acme Okta' })
    expect(okta).toHaveAttribute('aria-disabled', 'true')
    await userEvent.click(okta)
    expect(start).not.toHaveBeenCalled()
    expect(screen.getByRole('alert')).toHaveAttribute('data-error', 'sso_refused')
  })

  it('places one connection of the consumer’s choosing, with its own text', async () => {
    const start = vi.fn(async () => {})
    render(
      <EnterpriseSsoStep.Root flow={createFlow({ step: { name: 'enterprise-sso', connections }, start })}>
        <EnterpriseSsoStep.Connection connection={connections[0] as (typeof connections)[0]}>
          Sign in with Okta
        </EnterpriseSsoStep.Connection>
      </EnterpriseSsoStep.Root>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Sign in with Okta' }))
    expect(start).toHaveBeenCalledOnce()
  })
})
