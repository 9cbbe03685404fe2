import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createFlow } from '../../../test/flow-fixture'
import { EmailLinkStep } from '.'

const step = { name: 'email-link', safeIdentifier: 'a***@example.com' } as const

describe('EmailLinkStep', () => {
  it('says where the link went, and is no form: there is nothing to submit', () => {
    const { container } = render(<EmailLinkStep flow={createFlow({ step })} />)
    expect(screen.getByRole('heading', { name: 'Check your email' })).toBeInTheDocument()
    expect(screen.getByText('We sent a sign-in link to a***@example.com.')).toBeInTheDocument()
    expect(container.querySelector('form')).toBeNull()
    expect(container.firstElementChild).toHaveAttribute('data-step', 'email-link')
    expect(container.firstElementChild).toHaveAttribute('data-flowkit-part', 'root')
  })

  it('counts down to resending a link, not a code (issue 17 §2.4)', () => {
    render(<EmailLinkStep flow={createFlow({ step, resendAvailableAt: Date.now() + 30_000 })} />)
    const resend = screen.getByRole('button', { name: /^Resend link in \d+s$/ })
    expect(resend).toHaveAttribute('data-status', 'waiting')
    expect(screen.queryByText(/code/i)).toBeNull()
  })

  it('resends, offers another method and goes back, by keyboard', async () => {
    const flow = createFlow({
      step,
      strategies: ['email_link', 'password'],
      canGoBack: true,
      resendCode: vi.fn(async () => {}),
      chooseAnotherMethod: vi.fn(),
      back: vi.fn(),
    })
    render(<EmailLinkStep flow={flow} />)
    const user = userEvent.setup()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Resend link' })).toHaveFocus()
    await user.keyboard('{Enter}')
    await user.tab()
    expect(screen.getByRole('button', { name: 'Use another method' })).toHaveFocus()
    await user.keyboard(' ')
    await user.tab()
    await user.keyboard('{Enter}')
    expect(flow.resendCode).toHaveBeenCalledOnce()
    expect(flow.chooseAnotherMethod).toHaveBeenCalledOnce()
    expect(flow.back).toHaveBeenCalledOnce()
  })
})
