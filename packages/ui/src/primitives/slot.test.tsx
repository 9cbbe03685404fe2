import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { Slot } from './slot'

describe('Slot', () => {
  it('runs the consumer handler before the part handler', async () => {
    const calls: string[] = []
    render(
      <Slot onClick={() => calls.push('part')}>
        <button type="button" onClick={() => calls.push('consumer')}>
          Go
        </button>
      </Slot>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Go' }))
    expect(calls).toEqual(['consumer', 'part'])
  })

  it('explains what went wrong when given no element', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<Slot>text</Slot>)).toThrow(/exactly one React element/)
  })
})
