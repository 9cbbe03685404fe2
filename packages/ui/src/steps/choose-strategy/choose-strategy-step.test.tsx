import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createFlow } from '../../../test/flow-fixture'
import { ChooseStrategyStep } from '.'

describe('ChooseStrategyStep', () => {
  it('is a list of buttons, not a form: each switches to its method', async () => {
    const chooseStrategy = vi.fn(async () => {})
    const flow = createFlow({
      step: { name: 'choose-strategy', strategies: ['password', 'email_link'] },
      chooseStrategy,
    })
    const { container } = render(<ChooseStrategyStep flow={flow} />)
    expect(screen.getByRole('heading', { name: 'Use another method' })).toBeInTheDocument()
    expect(container.querySelector('form')).toBeNull()
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Use your password',
      'Email me a link',
    ])
    const user = userEvent.setup()
    await user.tab()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Email me a link' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(chooseStrategy).toHaveBeenCalledExactlyOnceWith('email_link')
  })

  it('places one method of the consumer’s choosing, with its own text', async () => {
    const chooseStrategy = vi.fn(async () => {})
    render(
      <ChooseStrategyStep.Root
        flow={createFlow({ step: { name: 'choose-strategy', strategies: ['password', 'email_code'] }, chooseStrategy })}
      >
        <ChooseStrategyStep.Strategy strategy="email_code">Send me a code instead</ChooseStrategyStep.Strategy>
      </ChooseStrategyStep.Root>,
    )
    const button = screen.getByRole('button', { name: 'Send me a code instead' })
    expect(button).toHaveAttribute('data-strategy', 'email_code')
    await userEvent.click(button)
    expect(chooseStrategy).toHaveBeenCalledExactlyOnceWith('email_code')
  })
})
