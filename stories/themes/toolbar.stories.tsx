import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { themeStates } from '../../packages/ui/test/theme-states'

/**
 * One story per toolbar switch (theme, colour scheme, direction, viewport), each set through the
 * story's `globals` as the toolbar sets them, and checked on what the card looks like.
 */
const identifier = themeStates.find((state) => state.name === 'identifier')?.element

const meta = {
  title: 'Design/Toolbar',
  render: () => <>{identifier}</>,
  parameters: { sandbox: false },
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

const cardOf = (canvasElement: HTMLElement) => {
  const card = canvasElement.querySelector<HTMLElement>('[data-flowkit-part="drop-in"]')
  if (!card) throw new Error('No drop-in card rendered.')
  return card
}
/** The sum of a computed `rgb()` colour's channels: under 200 is a dark surface. */
const brightness = (color: string) =>
  (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).reduce((sum, channel) => sum + Number(channel), 0)

export const ThemeNone: Story = {
  globals: { flowkitTheme: 'none' },
  play: async ({ canvasElement }) => {
    const style = getComputedStyle(cardOf(canvasElement))
    await expect(style.maxWidth).toBe('none')
    await expect(style.borderTopStyle).toBe('none')
  },
}

export const ThemeReference: Story = {
  globals: { flowkitTheme: 'reference' },
  play: async ({ canvasElement }) => {
    const card = cardOf(canvasElement)
    await expect(card.getBoundingClientRect().width).toBeLessThanOrEqual(400)
    await expect(getComputedStyle(card).borderTopStyle).toBe('solid')
    await expect(card.className).toBe('')
  },
}

export const ThemeTailwind: Story = {
  globals: { flowkitTheme: 'tailwind' },
  play: async ({ canvasElement }) => {
    const card = cardOf(canvasElement)
    await expect(card).toHaveClass('rounded-xl', 'bg-card')
    await expect(getComputedStyle(card).maxWidth).toBe('400px')
    const submit = within(canvasElement).getByRole('button', { name: 'Continue' })
    await expect(parseFloat(getComputedStyle(submit).minHeight)).toBeGreaterThanOrEqual(44)
  },
}

export const SchemeLight: Story = {
  globals: { scheme: 'light' },
  play: async ({ canvasElement }) => {
    await expect(document.documentElement).toHaveAttribute('data-theme', 'light')
    await expect(brightness(getComputedStyle(cardOf(canvasElement)).backgroundColor)).toBeGreaterThan(600)
  },
}

export const SchemeDark: Story = {
  globals: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(document.documentElement).toHaveAttribute('data-theme', 'dark')
    await expect(brightness(getComputedStyle(cardOf(canvasElement)).backgroundColor)).toBeLessThan(200)
  },
}

export const DirectionRtl: Story = {
  globals: { dir: 'rtl' },
  play: async ({ canvasElement }) => {
    const card = cardOf(canvasElement)
    await expect(document.documentElement).toHaveAttribute('dir', 'rtl')
    const field = within(canvasElement).getByRole('textbox', { name: 'Email address' })
    await expect(getComputedStyle(field).direction).toBe('rtl')
    // Right to left, the label's text starts at the card's right edge, not its left.
    const label = document.createRange()
    label.selectNodeContents(canvasElement.querySelector('label') ?? field)
    const text = label.getBoundingClientRect()
    const box = card.getBoundingClientRect()
    await expect(box.right - text.right).toBeLessThan(text.left - box.left)
  },
}

export const ViewportMobile: Story = {
  globals: { viewport: { value: 'mobile', isRotated: false } },
  play: async ({ canvasElement }) => {
    await expect(window.innerWidth).toBe(375)
    // The card gives up its 25rem and fits the screen.
    await expect(cardOf(canvasElement).getBoundingClientRect().width).toBeLessThanOrEqual(375)
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(375)
  },
}
