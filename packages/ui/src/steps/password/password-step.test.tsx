import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createFlow } from '../../../test/flow-fixture'
import { PasswordStep } from '.'

const step = { name: 'password' } as const

describe('PasswordStep', () => {
  it('shows whose password it asks for and submits it', async () => {
    const submitPassword = vi.fn(async () => {})
    render(<PasswordStep flow={createFlow({ step, identifier: 'ada@example.com', submitPassword })} />)
    expect(screen.getByText('ada@example.com')).toBeInTheDocument()
    const input = screen.getByLabelText('Password')
    expect(input).toHaveAttribute('type', 'password')
    expect(input).toHaveAttribute('autocomplete', 'current-password')
    await userEvent.type(input, 'correct horse{Enter}')
    expect(submitPassword).toHaveBeenCalledExactlyOnceWith('correct horse')
  })

  it('asks for a new password when creating an account, without "forgot password"', () => {
    render(<PasswordStep flow={createFlow({ step, intent: 'sign-up' })} />)
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'new-password')
    expect(screen.queryByRole('button', { name: 'Forgot password?' })).toBeNull()
  })

  it('offers a reset, another method and a way back', async () => {
    const flow = createFlow({
      step,
      canGoBack: true,
      strategies: ['password', 'email_code'],
      forgotPassword: vi.fn(async () => {}),
      chooseAnotherMethod: vi.fn(),
      back: vi.fn(),
    })
    render(<PasswordStep flow={flow} />)
    await userEvent.click(screen.getByRole('button', { name: 'Forgot password?' }))
    await userEvent.click(screen.getByRole('button', { name: 'Use another method' }))
    await userEvent.click(screen.getByRole('button', { name: 'Back' }))
    expect(flow.forgotPassword).toHaveBeenCalledOnce()
    expect(flow.chooseAnotherMethod).toHaveBeenCalledOnce()
    expect(flow.back).toHaveBeenCalledOnce()
  })

  it('hides "another method" and "back" when there is none', () => {
    render(<PasswordStep flow={createFlow({ step, strategies: ['password'] })} />)
    expect(screen.queryByRole('button', { name: 'Use another method' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull()
  })
})
