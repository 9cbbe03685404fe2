import { SignIn, SignInOrUp, SignUp } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { sandboxOf } from '../../.storybook/sandbox'
import { presets, type SandboxConfig } from '../../packages/sandbox/src'
import { enter, expectNavigation, step } from './journey'

const instance = (mode: 'restricted' | 'waitlist'): SandboxConfig => ({
  instance: { ...presets.emailCode.instance, signUp: { mode } },
})

/**
 * Who may sign up, said up front: on an invitation-only instance the combined flow is a sign-in
 * with a notice and never a waitlist; on a waitlist instance the waitlist is linked before anyone
 * fails; `<SignUp/>` shows a notice instead of a form there, unless opened from an invitation.
 */
const meta = {
  title: 'Drop-ins/Sign-up modes',
  component: SignInOrUp,
  args: { routing: 'virtual', navigate: fn(), waitlistUrl: '/waitlist' },
  parameters: { sandbox: instance('restricted') },
} satisfies Meta<typeof SignInOrUp>

export default meta
type Story = StoryObj<typeof meta>

export const InvitationOnly: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await step(canvas, 'Sign in')
    await expect(canvas.getByText('Sign-up is by invitation only.')).toBeVisible()
    await expect(canvas.queryByRole('link')).toBeNull()
  },
}

export const InvitationOnlySignUp: Story = {
  render: (args) => <SignUp routing="virtual" signInUrl="/sign-in" waitlistUrl={args.waitlistUrl} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await step(canvas, 'Access restricted')
    await expect(canvas.getByRole('status')).toHaveTextContent('Sign-up is by invitation only')
    await expect(canvas.getAllByRole('link').map((link) => link.textContent)).toEqual(['Sign in'])
  },
}

/** `<SignUp/>` opened from the invitation link: the ticket vouches for the address. */
export const Invited: Story = {
  parameters: {
    sandbox: {
      instance: { ...presets.emailPassword.instance, clientTrust: false, signUp: { mode: 'restricted' } },
      invitations: [{ emailAddress: 'grace@example.com', ticket: 'tkt_story' }],
    },
  },
  beforeEach: () => {
    const before = window.location.href
    window.history.replaceState(null, '', '?__clerk_ticket=tkt_story&__clerk_status=sign_up')
    return () => window.history.replaceState(null, '', before)
  },
  render: (args) => <SignUp routing="virtual" navigate={args.navigate} fallbackRedirectUrl="/welcome" />,
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await step(canvas, 'Complete your account')
    await enter(userEvent, canvas, 'Password', 'a-long-new-passw0rd')
    await expectNavigation(context.args.navigate, '/welcome')
    await expect(sandboxOf(context).requests.afterLoad()[0]?.body).toMatchObject({ strategy: 'ticket' })
  },
}

/** An expired invitation, said under the notice. */
export const ExpiredInvitation: Story = {
  parameters: {
    sandbox: {
      ...instance('restricted'),
      invitations: [{ emailAddress: 'grace@example.com', ticket: 'tkt_old', expired: true }],
    },
  },
  beforeEach: () => {
    const before = window.location.href
    window.history.replaceState(null, '', '?__clerk_ticket=tkt_old&__clerk_status=sign_up')
    return () => window.history.replaceState(null, '', before)
  },
  render: () => <SignUp routing="virtual" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('alert')).toHaveTextContent('This invitation has expired.')
    await expect(canvas.getByRole('alert')).toHaveAttribute('data-error', 'invitation_expired')
  },
}

export const Waitlist: Story = {
  parameters: { sandbox: instance('waitlist') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await step(canvas, 'Sign in')
    await expect(canvas.getByRole('link', { name: 'Join the waitlist' })).toHaveAttribute('href', '/waitlist')
  },
}

export const WaitlistSignUp: Story = {
  parameters: { sandbox: instance('waitlist') },
  render: (args) => <SignUp routing="virtual" signInUrl="/sign-in" waitlistUrl={args.waitlistUrl} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await step(canvas, 'Access restricted')
    await expect(canvas.getAllByRole('link').map((link) => link.textContent)).toEqual(['Join the waitlist', 'Sign in'])
  },
}

/** `<SignIn/>` on a waitlist instance: the waitlist once no account was found. */
export const WaitlistSignInNotFound: Story = {
  parameters: { sandbox: instance('waitlist') },
  render: (args) => <SignIn routing="virtual" signUpUrl="/sign-up" waitlistUrl={args.waitlistUrl} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await step(canvas, 'Sign in')
    await expect(canvas.queryByRole('link')).toBeNull()
    await enter(userEvent, canvas, 'Email address', 'grace@example.com')
    await expect(await canvas.findByRole('link', { name: 'Join the waitlist' })).toHaveAttribute('href', '/waitlist')
  },
}
