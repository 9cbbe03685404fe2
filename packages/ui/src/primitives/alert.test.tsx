import { messages } from '@flowkit/flows'
import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createFlow, flowError } from '../../test/flow-fixture'
import { CodeStep } from '../steps/code'

const step = { name: 'first-factor', strategy: 'email_code', safeIdentifier: 'a***@example.com' } as const

afterEach(() => vi.useRealTimers())

describe('Alert', () => {
  it('says a rate limit once, with the seconds left, then without them (issue 17 §2.8)', () => {
    vi.useFakeTimers()
    // The message flows gives a rate limit: said once, never followed by a second "try again".
    const error = flowError('rate_limited', messages.rate_limited, { retryAfterSeconds: 3 })
    render(<CodeStep flow={createFlow({ step, error })} />)
    expect(screen.getByRole('alert')).toHaveTextContent(/^Too many attempts\. Try again in 3s\.$/)
    act(() => vi.advanceTimersByTime(3000))
    expect(screen.getByRole('alert')).toHaveTextContent(/^Too many attempts\. Try again shortly\.$/)
  })

  it('localizes the countdown as one sentence', () => {
    const error = flowError('rate_limited', messages.rate_limited, { retryAfterSeconds: 5 })
    render(<CodeStep flow={createFlow({ step, error })} localization={{ rateLimitedIn: 'Encore {seconds} s.' }} />)
    expect(screen.getByRole('alert')).toHaveTextContent(/^Encore [1-5] s\.$/)
  })
})
