import { createRef } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { Slot } from './slot'

describe('Slot (in Chromium)', () => {
  it("renders the child element with the part's props, class, ref and keyboard focus", async () => {
    const ref = createRef<HTMLElement>()
    const onPartClick = vi.fn()
    await render(
      <Slot ref={ref} className="part" data-flowkit-part="submit" onClick={onPartClick}>
        <a href="#done" className="consumer" style={{ display: 'inline-block', padding: 8 }}>
          Continue
        </a>
      </Slot>,
    )
    const link = page.getByRole('link', { name: 'Continue' })
    await expect.element(link).toHaveClass('part consumer')
    await expect.element(link).toHaveAttribute('data-flowkit-part', 'submit')
    expect(ref.current?.tagName).toBe('A')

    // Real layout and real focus: only a browser has them.
    expect(ref.current?.getBoundingClientRect().height).toBeGreaterThan(16)
    await userEvent.keyboard('{Tab}')
    expect(document.activeElement).toBe(ref.current)
    await userEvent.keyboard('{Enter}')
    expect(onPartClick).toHaveBeenCalledOnce()
  })

  it("lets the child's handler opt out of the part's behaviour with preventDefault", async () => {
    const onPartClick = vi.fn()
    await render(
      <Slot onClick={onPartClick}>
        <button type="button" onClick={(event) => event.preventDefault()}>
          Resend
        </button>
      </Slot>,
    )
    await page.getByRole('button', { name: 'Resend' }).click()
    expect(onPartClick).not.toHaveBeenCalled()
  })
})
