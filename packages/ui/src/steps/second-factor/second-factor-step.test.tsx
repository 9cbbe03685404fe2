import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createFlow } from '../../../test/flow-fixture'
import { SecondFactorStep } from '.'

describe('SecondFactorStep', () => {
  it('asks for the authenticator code and offers the other methods', async () => {
    const chooseSecondFactor = vi.fn(async () => {})
    const flow = createFlow({
      step: { name: 'second-factor', strategy: 'totp', available: ['totp', 'phone_code', 'backup_code'] },
      chooseSecondFactor,
    })
    render(<SecondFactorStep flow={flow} />)
    expect(screen.getByRole('heading', { name: 'Two-step verification' })).toBeInTheDocument()
    expect(screen.getByText('Enter the code from your authenticator app.')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Verification code' })).toHaveAttribute('autocomplete', 'one-time-code')
    expect(screen.queryByRole('button', { name: /resend/i })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Use your authenticator app' })).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Use a backup code' }))
    expect(chooseSecondFactor).toHaveBeenCalledExactlyOnceWith('backup_code')
  })

  it('takes a backup code as text (they are not six digits)', async () => {
    const submitCode = vi.fn(async () => {})
    const flow = createFlow({
      step: { name: 'second-factor', strategy: 'backup_code', available: ['totp', 'backup_code'] },
      submitCode,
    })
    render(<SecondFactorStep flow={flow} />)
    await userEvent.type(screen.getByRole('textbox', { name: 'Backup code' }), 'abcd-1234{Enter}')
    expect(submitCode).toHaveBeenCalledExactlyOnceWith('abcd-1234')
  })

  it('offers to resend an SMS code', () => {
    const flow = createFlow({
      step: { name: 'second-factor', strategy: 'phone_code', available: ['phone_code'], safeIdentifier: '+1 *** 0100' },
    })
    render(<SecondFactorStep flow={flow} />)
    expect(screen.getByText('We sent a code to +1 *** 0100.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Resend code' })).toBeInTheDocument()
  })
})
