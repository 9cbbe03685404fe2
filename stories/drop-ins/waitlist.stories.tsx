import { Waitlist } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { sandboxOf } from '../../.storybook/sandbox'
import { presets } from '../../packages/sandbox/src'
import { enter, expectNavigation, step } from './journey'

const waitlistMode = { instance: { ...presets.emailPassword.instance, signUp: { mode: 'waitlist' as const } } }

/**
 * Join the waitlist: the drop-in for Clerk's `<Waitlist />`, played against the sandbox. An address
 * already on the list gets this same confirmation: Clerk answers with its existing entry.
 */
const meta = {
  title: 'Drop-ins/Waitlist',
  component: Waitlist,
  args: { signInUrl: '/sign-in', navigate: fn() },
  parameters: { sandbox: waitlistMode },
} satisfies Meta<typeof Waitlist>

export default meta
type Story = StoryObj<typeof meta>

export const Joins: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await step(canvas, 'Join the waitlist')
    await expect(canvas.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in')
    await enter(userEvent, canvas, 'Email address', 'grace@example.com')
    const joined = await step(canvas, 'Thanks for joining the waitlist!')
    await waitFor(() => expect(joined).toHaveFocus())
    await expect(sandboxOf(context).waitlist.entries.map((entry) => entry.emailAddress)).toEqual(['grace@example.com'])
  },
}

/** Not an email address: refused on the field, nothing sent. */
export const InvalidEmail: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await step(canvas, 'Join the waitlist')
    await enter(userEvent, canvas, 'Email address', 'grace-at-example')
    await expect(canvas.getByRole('textbox', { name: 'Email address' })).toHaveAccessibleDescription(
      'Enter a valid email address.',
    )
    await expect(sandboxOf(context).requests.afterLoad()).toEqual([])
  },
}

/** `afterJoinWaitlistUrl`: on to the app's own page once joined. */
export const GoesOn: Story = {
  args: { afterJoinWaitlistUrl: '/thanks' },
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await step(canvas, 'Join the waitlist')
    await enter(userEvent, canvas, 'Email address', 'grace@example.com')
    await expectNavigation(context.args.navigate, '/thanks')
  },
}
