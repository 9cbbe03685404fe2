import { SignIn } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { sandboxOf } from '../../.storybook/sandbox'
import { presets } from '../../packages/sandbox/src'
import { enter, enterCode, expectNavigation, step } from './journey'

/** Sign in to an existing account: the drop-in for Clerk's `<SignIn />`, played against the sandbox. */
const meta = {
  title: 'Drop-ins/SignIn',
  component: SignIn,
  args: { routing: 'virtual', navigate: fn(), signUpUrl: '/sign-up', fallbackRedirectUrl: '/home' },
  parameters: { sandbox: { ...presets.emailCode, users: [{ emailAddress: 'ada@example.com' }] } },
} satisfies Meta<typeof SignIn>

export default meta
type Story = StoryObj<typeof meta>

export const SignsIn: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await step(canvas, 'Sign in')
    // The link to sign up waits for Clerk's settings (an instance may not let anyone sign up).
    await expect(await canvas.findByRole('link', { name: 'Sign up' })).toHaveAttribute('href', '/sign-up')
    await enter(userEvent, canvas, 'Email address', 'ada@example.com')
    await step(canvas, 'Check your email')
    await enterCode(userEvent, canvas, sandboxOf(context).outbox.latestCode('ada@example.com'))
    await expectNavigation(context.args.navigate, '/home')
  },
}

/** `withSignUp`: an unknown email becomes an account, as with `<SignInOrUp />`. */
export const WithSignUp: Story = {
  args: { withSignUp: true },
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await step(canvas, 'Sign in or sign up')
    await enter(userEvent, canvas, 'Email address', 'grace@example.com')
    await step(canvas, 'Check your email')
    await enterCode(userEvent, canvas, sandboxOf(context).outbox.latestCode('grace@example.com'))
    await step(canvas, 'Complete your account')
    await userEvent.click(canvas.getByRole('checkbox', { name: /I agree/ }))
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }))
    await expectNavigation(context.args.navigate, '/home')
  },
}
