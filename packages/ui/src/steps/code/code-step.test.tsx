import { act, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createFlow, fieldError, flowError } from '../../../test/flow-fixture'
import { Field, FieldControl, FieldLabel } from '../../primitives/field'
import { CodeStep } from '.'

const step = { name: 'first-factor', strategy: 'email_code', safeIdentifier: 'a***@example.com' } as const

afterEach(() => vi.useRealTimers())

describe('CodeStep', () => {
  it('says where the code went and keeps only digits as the user types', async () => {
    render(<CodeStep flow={createFlow({ step })} />)
    expect(screen.getByRole('heading', { name: 'Check your email' })).toBeInTheDocument()
    expect(screen.getByText('We sent a code to a***@example.com.')).toBeInTheDocument()
    const input = screen.getByRole('textbox', { name: 'Verification code' })
    expect(input).toHaveAttribute('autocomplete', 'one-time-code')
    expect(input).toHaveAttribute('inputmode', 'numeric')
    await userEvent.type(input, '1a2-3 ４')
    expect(input).toHaveValue('1234')
  })

  it('puts its default text into an empty asChild element, and keeps the element’s own text', () => {
    // The README's recomposition: the consumer's heading level and button, Flowkit's text.
    render(
      <CodeStep.Root flow={createFlow({ step, canGoBack: true })}>
        <CodeStep.Title asChild>
          {/* biome-ignore lint/a11y/useHeadingContent: the part fills it, which is what this test checks */}
          <h2 />
        </CodeStep.Title>
        <CodeStep.Submit asChild>
          <button type="submit" />
        </CodeStep.Submit>
        <CodeStep.Back asChild>
          <button type="button">Change email</button>
        </CodeStep.Back>
      </CodeStep.Root>,
    )
    const heading = screen.getByRole('heading', { level: 2, name: 'Check your email' })
    expect(heading).not.toHaveAttribute('class')
    expect(screen.getByRole('button', { name: 'Verify' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Change email' })).toBeInTheDocument()
  })

  it('submits once, by itself, when the sixth digit is typed', async () => {
    const submitCode = vi.fn(async () => {})
    render(<CodeStep flow={createFlow({ step, submitCode })} />)
    await userEvent.type(screen.getByRole('textbox', { name: 'Verification code' }), '123456')
    expect(submitCode).toHaveBeenCalledOnce()
    expect(submitCode).toHaveBeenCalledWith('123456')
  })

  it('takes a pasted message whole and submits the code in it', async () => {
    const submitCode = vi.fn(async () => {})
    render(<CodeStep flow={createFlow({ step, submitCode })} />)
    const input = screen.getByRole('textbox', { name: 'Verification code' })
    await userEvent.click(input)
    await userEvent.paste('Your Acme code is 123 456. It expires soon.')
    expect(input).toHaveValue('123456')
    expect(submitCode).toHaveBeenCalledExactlyOnceWith('123456')
  })

  it('links the field error to the input and marks it invalid', () => {
    const flow = createFlow({
      step,
      fieldErrors: { code: fieldError('code', 'incorrect_code', 'That code is wrong.') },
    })
    render(<CodeStep flow={flow} />)
    const input = screen.getByRole('textbox', { name: 'Verification code' })
    expect(input).toBeInvalid()
    expect(input).toHaveAttribute('data-invalid', '')
    expect(input).toHaveAccessibleDescription('That code is wrong.')
  })

  it('translates errors by their messageKey and strings by key', () => {
    const flow = createFlow({
      step,
      fieldErrors: { code: fieldError('code', 'incorrect_code', 'That code is wrong.') },
    })
    render(
      <CodeStep
        flow={flow}
        localization={{ code: 'Bestätigungscode', errors: { incorrect_code: 'Falscher Code.' } }}
      />,
    )
    expect(screen.getByRole('textbox', { name: 'Bestätigungscode' })).toHaveAccessibleDescription('Falscher Code.')
  })

  it('shows an error about the whole step as an alert, not on the field', () => {
    render(<CodeStep flow={createFlow({ step, error: flowError('network', 'You seem to be offline.') })} />)
    expect(screen.getByRole('alert')).toHaveTextContent('You seem to be offline.')
    expect(screen.getByRole('textbox', { name: 'Verification code' })).not.toHaveAttribute('aria-invalid')
  })

  it('counts down a rate limit from retry-after', () => {
    vi.useFakeTimers()
    const error = flowError('rate_limited', 'Too many attempts.', { retryAfterSeconds: 3 })
    render(<CodeStep flow={createFlow({ step, error })} />)
    expect(screen.getByRole('alert')).toHaveTextContent('Too many attempts. Try again in 3s.')
    act(() => vi.advanceTimersByTime(2000))
    expect(screen.getByRole('alert')).toHaveTextContent('Too many attempts. Try again in 1s.')
    act(() => vi.advanceTimersByTime(1000))
    expect(screen.getByRole('alert')).toHaveTextContent(/^Too many attempts\.$/)
  })

  it('while pending, keeps the submit focusable but busy, and ignores clicks and Enter', async () => {
    const submitCode = vi.fn(async () => {})
    render(<CodeStep flow={createFlow({ step, submitCode, isPending: true })} />)
    // It says it is busy, with a spinner beside the words.
    const submit = screen.getByRole('button', { name: 'Continuing…' })
    expect(submit.querySelector('[data-flowkit-part="spinner"]')).toHaveAttribute('aria-hidden', 'true')
    expect(submit).toHaveAttribute('aria-disabled', 'true')
    expect(submit).toHaveAttribute('aria-busy', 'true')
    expect(submit).toHaveAttribute('data-pending', '')
    expect(submit).toBeEnabled()
    await userEvent.click(submit)
    expect(submit).toHaveFocus()
    await userEvent.type(screen.getByRole('textbox', { name: 'Verification code' }), '12{Enter}')
    expect(submitCode).not.toHaveBeenCalled()
  })

  it('sends one request however often the user submits before the first settles', async () => {
    let settle = () => {}
    const submitCode = vi.fn(() => new Promise<void>((resolve) => (settle = resolve)))
    render(<CodeStep flow={createFlow({ step, submitCode })} />)
    const submit = screen.getByRole('button', { name: 'Verify' })
    for (let i = 0; i < 5; i++) fireEvent.click(submit)
    expect(submitCode).toHaveBeenCalledOnce()
    await act(async () => settle())
    fireEvent.click(submit)
    expect(submitCode).toHaveBeenCalledTimes(2)
  })

  it('counts down to when a new code may be sent, then resends on click', () => {
    vi.useFakeTimers()
    const resendCode = vi.fn(async () => {})
    render(<CodeStep flow={createFlow({ step, resendCode, resendAvailableAt: Date.now() + 30_000 })} />)
    const resend = screen.getByRole('button', { name: 'Resend code in 30s' })
    expect(resend).toHaveAttribute('data-status', 'waiting')
    fireEvent.click(resend)
    expect(resendCode).not.toHaveBeenCalled()
    act(() => vi.advanceTimersByTime(30_000))
    expect(resend).toHaveAccessibleName('Resend code')
    expect(resend).toHaveAttribute('data-status', 'ready')
    fireEvent.click(resend)
    expect(resendCode).toHaveBeenCalledOnce()
  })

  it('disables every control when disabled', () => {
    const { container } = render(<CodeStep flow={createFlow({ step })} disabled />)
    expect(screen.getByRole('textbox', { name: 'Verification code' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Verify' })).toHaveAttribute('aria-disabled', 'true')
    expect(container.querySelector('form')).toHaveAttribute('data-disabled', '')
  })

  it('titles each kind of code step', () => {
    const titles = [
      [{ name: 'client-trust', strategy: 'email_code', safeIdentifier: 'x' }, 'Verify it’s you'],
      [{ name: 'reset-password-code', safeIdentifier: 'x' }, 'Reset your password'],
      [{ name: 'verify-sign-up', channel: 'phone_number', safeIdentifier: 'x' }, 'Verify your phone number'],
      [{ name: 'verify-sign-up', channel: 'email_address', safeIdentifier: 'x' }, 'Verify your email'],
      [{ name: 'first-factor', strategy: 'phone_code', safeIdentifier: 'x' }, 'Check your phone'],
    ] as const
    for (const [codeStep, title] of titles) {
      const { unmount } = render(<CodeStep flow={createFlow({ step: codeStep })} />)
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(title)
      unmount()
    }
  })

  it('labels its own field only: a field of the consumer’s inside the Root keeps its own label', () => {
    render(
      <CodeStep.Root flow={createFlow({ step })}>
        <CodeStep.Label />
        <CodeStep.Input />
        <Field name="note">
          <FieldLabel>Note</FieldLabel>
          <FieldControl />
        </Field>
        <Field name="unlabelled">
          <FieldLabel />
          <FieldControl />
        </Field>
      </CodeStep.Root>,
    )
    expect(screen.getByRole('textbox', { name: 'Verification code' })).toHaveAttribute('name', 'code')
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveAttribute('name', 'note')
    expect(screen.getAllByText('Verification code')).toHaveLength(1)
  })
})
