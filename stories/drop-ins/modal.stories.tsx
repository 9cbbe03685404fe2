import { SignInButton, SignInOrUpModal, SignUpButton } from '@flowkit/ui/modal'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, screen, userEvent, within } from 'storybook/test'
import { sandboxOf } from '../../.storybook/sandbox'
import { presets } from '../../packages/sandbox/src'
import { enter, enterCode, expectNavigation, step } from './journey'

/**
 * `@flowkit/ui/modal`: the drop-ins in a focus-trapped Radix dialog that Escape closes, opened by
 * `SignInButton` / `SignUpButton` or controlled with `open`. Portalled to `document.body` (or `getContainer`).
 */
const meta = {
  title: 'Drop-ins/Modal',
  component: SignInButton,
  args: { navigate: fn(), fallbackRedirectUrl: '/home' },
  parameters: { sandbox: { ...presets.emailCode, users: [{ emailAddress: 'ada@example.com' }] } },
} satisfies Meta<typeof SignInButton>

export default meta
type Story = StoryObj<typeof meta>

export const SignInButtonSignsIn: Story = {
  play: async (context) => {
    await userEvent.click(within(context.canvasElement).getByRole('button', { name: 'Sign in' }))
    // The dialog is portalled out of the story's canvas.
    const dialog = within(await screen.findByRole('dialog', { name: 'Sign in' }))
    await step(dialog, 'Sign in')
    await enter(userEvent, dialog, 'Email address', 'ada@example.com')
    await step(dialog, 'Check your email')
    await enterCode(userEvent, dialog, sandboxOf(context).outbox.latestCode('ada@example.com'))
    await expectNavigation(context.args.navigate, '/home')
  },
}

export const EscapeCloses: Story = {
  render: (args) => <SignUpButton {...args} />,
  play: async ({ canvasElement }) => {
    const open = within(canvasElement).getByRole('button', { name: 'Sign up' })
    await userEvent.click(open)
    await screen.findByRole('dialog', { name: 'Create your account' })
    await userEvent.keyboard('{Escape}')
    await expect(screen.queryByRole('dialog')).toBeNull()
    await expect(open).toHaveFocus()
  },
}

export const Controlled: Story = {
  render: (args) => <SignInOrUpModal {...args} defaultOpen trigger={<button type="button">Open</button>} />,
  play: async () => {
    const dialog = within(await screen.findByRole('dialog', { name: 'Sign in or sign up' }))
    await step(dialog, 'Sign in or sign up')
    await userEvent.click(dialog.getByRole('button', { name: 'Close' }))
    await expect(screen.queryByRole('dialog')).toBeNull()
  },
}
