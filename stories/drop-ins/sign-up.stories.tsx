import { SignUp } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { sandboxOf } from '../../.storybook/sandbox'
import { presets } from '../../packages/sandbox/src'
import { enter, enterCode, expectNavigation, step } from './journey'

/** Create an account: the drop-in for Clerk's `<SignUp />`, played against the sandbox. */
const meta = {
  title: 'Drop-ins/SignUp',
  component: SignUp,
  args: { routing: 'virtual', navigate: fn(), signInUrl: '/sign-in', fallbackRedirectUrl: '/welcome' },
  parameters: { sandbox: presets.emailPassword },
} satisfies Meta<typeof SignUp>

export default meta
type Story = StoryObj<typeof meta>

export const CreatesAccount: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await step(canvas, 'Create your account')
    await expect(canvas.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in')
    await enter(userEvent, canvas, 'Email address', 'grace@example.com')
    await step(canvas, 'Enter your password')
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('autocomplete', 'new-password')
    await enter(userEvent, canvas, 'Password', 'a-brand-new-passw0rd')
    await step(canvas, 'Verify your email')
    await enterCode(userEvent, canvas, sandboxOf(context).outbox.latestCode('grace@example.com'))
    await expectNavigation(context.args.navigate, '/welcome')
  },
}
