import { SignInOrUp } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { sandboxOf } from '../.storybook/sandbox'
import { presets } from '../packages/sandbox/src'
// ?inline: Vite resolves the theme's @import (its provider icons) into the text.
import exampleTheme from '../packages/ui/themes/reference.css?inline'
import { enter, step } from './drop-ins/journey'

/**
 * Flowkit ships no CSS: the same flow under two consumer themes. One is the optional
 * `@flowkit/ui/themes/reference.css`; the other is written here, on `classNames` and the
 * `data-flowkit-*` attributes. Each is rendered as a `<style>` inside its story only.
 */
const meta = {
  title: 'Theming',
  component: SignInOrUp,
  args: { routing: 'virtual', navigate: fn() },
  // Each story brings its own theme: the toolbar's is off here.
  globals: { flowkitTheme: 'none' },
  parameters: { sandbox: { ...presets.emailCode, users: [{ emailAddress: 'ada@example.com' }] } },
} satisfies Meta<typeof SignInOrUp>

export default meta
type Story = StoryObj<typeof meta>

/** A dark theme: its own classes through `classNames`, states through the data attributes. */
const midnight = `
.midnight { max-width: 22rem; padding: 2rem; border-radius: 1rem; background: #0f172a; color: #f8fafc; font: 16px/1.5 system-ui, sans-serif; }
.midnight [data-flowkit-part="root"] { display: grid; gap: 0.75rem; }
.midnight-title { margin: 0; font-size: 1.5rem; letter-spacing: -0.02em; }
.midnight-title:focus { outline: none; }
.midnight [data-flowkit-part="subtitle"] { margin: 0; color: #cbd5e1; }
.midnight-input { padding: 0.75rem; border: 1px solid #475569; border-radius: 0.75rem; background: #1e293b; color: inherit; font: inherit; }
.midnight-input[data-invalid] { border-color: #fca5a5; }
.midnight [data-flowkit-part="code-input"] { letter-spacing: 0.6em; text-align: center; font-size: 1.5rem; }
.midnight-submit { padding: 0.75rem; border: 0; border-radius: 999px; background: #facc15; color: #0f172a; font: inherit; font-weight: 700; }
.midnight-submit[data-pending] { opacity: 0.6; }
.midnight button:not(.midnight-submit) { justify-self: start; padding: 0; border: 0; background: none; color: #93c5fd; font: inherit; text-decoration: underline; }
.midnight [data-flowkit-part="field-error"], .midnight [role="alert"] { margin: 0; color: #fca5a5; }
`

const midnightClasses = {
  'drop-in': 'midnight',
  title: 'midnight-title',
  input: 'midnight-input',
  'code-input': 'midnight-input',
  submit: 'midnight-submit',
}

async function playToCode(context: Parameters<NonNullable<Story['play']>>[0]) {
  const canvas = within(context.canvasElement)
  await step(canvas, 'Sign in or sign up')
  await enter(userEvent, canvas, 'Email address', 'ada@example.com')
  await step(canvas, 'Check your email')
  await expect(sandboxOf(context).outbox.latestCode('ada@example.com')).toMatch(/^\d{6}$/)
  return canvas
}

export const ExampleTheme: Story = {
  render: (args) => (
    <>
      <style>{exampleTheme}</style>
      <SignInOrUp {...args} />
    </>
  ),
  play: async (context) => {
    const canvas = await playToCode(context)
    const verify = canvas.getByRole('button', { name: 'Verify' })
    await expect(getComputedStyle(verify).backgroundColor).toBe('rgb(79, 70, 229)')
  },
}

export const MidnightTheme: Story = {
  args: { classNames: midnightClasses },
  render: (args) => (
    <>
      <style>{midnight}</style>
      <SignInOrUp {...args} />
    </>
  ),
  play: async (context) => {
    const canvas = await playToCode(context)
    const verify = canvas.getByRole('button', { name: 'Verify' })
    await expect(verify).toHaveClass('midnight-submit')
    await expect(getComputedStyle(verify).backgroundColor).toBe('rgb(250, 204, 21)')
  },
}
