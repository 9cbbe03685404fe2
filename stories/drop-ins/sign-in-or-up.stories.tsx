import { SignInOrUp } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { sandboxOf } from '../../.storybook/sandbox'
import { presets } from '../../packages/sandbox/src'
import { enter, enterCode, expectNavigation, step } from './journey'

const password = 'correct-horse-battery'
const ada = { emailAddress: 'ada@example.com', password, knownClient: true }

/**
 * The whole sign-in-or-up journey, each story played to the end in Chromium against a fresh
 * `@flowkit/sandbox` (the real clerk-js, offline). `navigate` is a spy, so the story stays put.
 */
const meta = {
  title: 'Drop-ins/SignInOrUp',
  component: SignInOrUp,
  args: { routing: 'virtual', navigate: fn(), fallbackRedirectUrl: '/dashboard' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['signUpIfMissing', 'standard'] },
    routing: { control: 'inline-radio', options: ['virtual', 'hash', 'path'] },
  },
  // Each story sets its whole sandbox: Storybook merges parameters deeply, so a shared one would leak.
} satisfies Meta<typeof SignInOrUp>

const emailPassword = { sandbox: { ...presets.emailPassword, users: [ada] } }

export default meta
type Story = StoryObj<typeof meta>

/** Standard mode, email and password: the password step is known without a request. */
export const StandardPasswordSignIn: Story = {
  parameters: emailPassword,
  args: { mode: 'standard' },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    await step(canvas, 'Sign in or sign up')
    await enter(userEvent, canvas, 'Email address', 'ada@example.com')
    await step(canvas, 'Enter your password')
    await enter(userEvent, canvas, 'Password', password)
    await expectNavigation(args.navigate, '/dashboard')
  },
}

/** Standard mode, a new email: the sign-in attempt says "not found", so an account is made and verified. */
export const StandardSignUp: Story = {
  parameters: emailPassword,
  args: { mode: 'standard' },
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await step(canvas, 'Sign in or sign up')
    await enter(userEvent, canvas, 'Email address', 'grace@example.com')
    await step(canvas, 'Enter your password')
    await enter(userEvent, canvas, 'Password', 'a-brand-new-passw0rd')
    await step(canvas, 'Verify your email')
    await enterCode(userEvent, canvas, sandboxOf(context).outbox.latestCode('grace@example.com'))
    await expectNavigation(context.args.navigate, '/dashboard')
  },
}

/** The enumeration-safe default: a code first, whether or not the account exists; then consent. */
export const SignUpIfMissing: Story = {
  args: { mode: 'signUpIfMissing' },
  parameters: { sandbox: { ...presets.emailCode, users: [] } },
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await step(canvas, 'Sign in or sign up')
    await enter(userEvent, canvas, 'Email address', 'grace@example.com')
    await step(canvas, 'Check your email')
    await enterCode(userEvent, canvas, sandboxOf(context).outbox.latestCode('grace@example.com'))
    await step(canvas, 'Complete your account')
    await userEvent.click(canvas.getByRole('checkbox', { name: /I agree/ }))
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }))
    await expectNavigation(context.args.navigate, '/dashboard')
  },
}

/** Password, then an authenticator app code. */
export const MultiFactor: Story = {
  parameters: {
    sandbox: {
      ...presets.mfaRequired,
      users: [{ ...ada, totp: { secret: 'JBSWY3DPEHPK3PXP' } }],
    },
  },
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await step(canvas, 'Sign in or sign up')
    await enter(userEvent, canvas, 'Email address', 'ada@example.com')
    await step(canvas, 'Enter your password')
    await enter(userEvent, canvas, 'Password', password)
    await step(canvas, 'Two-step verification')
    await enterCode(userEvent, canvas, sandboxOf(context).totpCode('JBSWY3DPEHPK3PXP'))
    await expectNavigation(context.args.navigate, '/dashboard')
  },
}

/** A correct password on a device the user has not used: Clerk's client trust asks for an email code. */
export const ClientTrust: Story = {
  parameters: { sandbox: { ...presets.emailPassword, users: [{ ...ada, knownClient: false }] } },
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await step(canvas, 'Sign in or sign up')
    await enter(userEvent, canvas, 'Email address', 'ada@example.com')
    await step(canvas, 'Enter your password')
    await enter(userEvent, canvas, 'Password', password)
    await step(canvas, 'Verify it’s you')
    await enterCode(userEvent, canvas, sandboxOf(context).outbox.latestCode('ada@example.com'))
    await expectNavigation(context.args.navigate, '/dashboard')
  },
}

/** Forgot password: a reset code, a new password, signed in. */
export const ResetPassword: Story = {
  parameters: emailPassword,
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await step(canvas, 'Sign in or sign up')
    await enter(userEvent, canvas, 'Email address', 'ada@example.com')
    await step(canvas, 'Enter your password')
    await userEvent.click(canvas.getByRole('button', { name: 'Forgot password?' }))
    await step(canvas, 'Reset your password')
    await enterCode(userEvent, canvas, sandboxOf(context).outbox.latestCode('ada@example.com'))
    await step(canvas, 'Set a new password')
    await enter(userEvent, canvas, 'New password', 'a-fresh-passw0rd-2')
    await expectNavigation(context.args.navigate, '/dashboard')
  },
}

/** Every session must pick an organization: the `choose-organization` task, inside the same drop-in. */
export const ChooseOrganizationTask: Story = {
  parameters: {
    sandbox: {
      ...presets.forcedOrganizations,
      organizations: [{ name: 'Acme' }, { name: 'Globex' }],
      users: [{ emailAddress: 'ada@example.com', organizations: ['acme', 'globex'] }],
    },
  },
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await step(canvas, 'Sign in or sign up')
    await enter(userEvent, canvas, 'Email address', 'ada@example.com')
    await step(canvas, 'Check your email')
    await enterCode(userEvent, canvas, sandboxOf(context).outbox.latestCode('ada@example.com'))
    await step(canvas, 'Choose an organization')
    await userEvent.click(canvas.getByRole('button', { name: 'Globex' }))
    await expectNavigation(context.args.navigate, '/dashboard')
  },
}

/** Signing in with a breached password: the `reset-password` task. */
export const ResetPasswordTask: Story = {
  parameters: {
    sandbox: {
      instance: { ...presets.emailPassword.instance, clientTrust: false },
      users: [{ emailAddress: 'ada@example.com', password, passwordCompromised: true }],
    },
  },
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await step(canvas, 'Sign in or sign up')
    await enter(userEvent, canvas, 'Email address', 'ada@example.com')
    await step(canvas, 'Enter your password')
    await enter(userEvent, canvas, 'Password', password)
    await step(canvas, 'Set a new password')
    await enter(userEvent, canvas, 'New password', 'a-much-better-passw0rd')
    await expectNavigation(context.args.navigate, '/dashboard')
    await expect(sandboxOf(context).requests.summary()).toContain('POST /me/change_password')
  },
}

/** MFA is required and the user has none: the `setup-mfa` task enrols an authenticator app. */
export const SetupMfaTask: Story = {
  parameters: { sandbox: { ...presets.mfaRequired, users: [ada] } },
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await step(canvas, 'Sign in or sign up')
    await enter(userEvent, canvas, 'Email address', 'ada@example.com')
    await step(canvas, 'Enter your password')
    await enter(userEvent, canvas, 'Password', password)
    await step(canvas, 'Set up two-step verification')
    await userEvent.click(canvas.getByRole('button', { name: 'Set up authenticator app' }))
    const secret = (await canvas.findByText(/^[A-Z2-7]{16,}$/, {}, { timeout: 5000 })).textContent ?? ''
    await enterCode(userEvent, canvas, sandboxOf(context).totpCode(secret))
    await userEvent.click(await canvas.findByRole('button', { name: 'I’ve saved my backup codes' }, { timeout: 5000 }))
    await expectNavigation(context.args.navigate, '/dashboard')
  },
}
