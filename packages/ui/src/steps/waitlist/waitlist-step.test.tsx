import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createWaitlist, fieldError, flowError } from '../../../test/flow-fixture'
import { WaitlistStep } from '.'

describe('WaitlistStep', () => {
  it('asks for an email address and submits what was typed', async () => {
    const join = vi.fn(async () => {})
    render(<WaitlistStep waitlist={createWaitlist({ join })} />)
    expect(screen.getByRole('heading', { name: 'Join the waitlist' })).toBeInTheDocument()
    const input = screen.getByRole('textbox', { name: 'Email address' })
    expect(input).toHaveAttribute('type', 'email')
    expect(input).toHaveAttribute('autocomplete', 'email')
    await userEvent.type(input, 'grace@example.com')
    await userEvent.click(screen.getByRole('button', { name: 'Join the waitlist' }))
    expect(join).toHaveBeenCalledExactlyOnceWith('grace@example.com')
  })

  it('keeps the address and shows why it was refused, on the field', () => {
    render(
      <WaitlistStep
        waitlist={createWaitlist({
          emailAddress: 'grace-at-example',
          fieldError: fieldError('emailAddress', 'invalid_input', 'Enter a valid email address.'),
        })}
      />,
    )
    const input = screen.getByRole('textbox', { name: 'Email address' })
    expect(input).toHaveValue('grace-at-example')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription('Enter a valid email address.')
  })

  it('sends one request per submit while pending, and shows a failure of the whole step', async () => {
    const join = vi.fn(async () => {})
    render(
      <WaitlistStep
        waitlist={createWaitlist({ join, isPending: true, error: flowError('network', 'You seem offline.') })}
      />,
    )
    // Pending, the submit says so ("Continuing…" beside a spinner) and takes no second request.
    await userEvent.click(screen.getByRole('button', { name: 'Continuing…' }))
    expect(join).not.toHaveBeenCalled()
    expect(screen.getByRole('alert')).toHaveTextContent('You seem offline.')
  })

  it('throws a clear error outside its Root or a <Waitlist/>', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<WaitlistStep.Input />)).toThrow('<WaitlistStep.Input> must be inside its Root (or a drop-in).')
  })
})
