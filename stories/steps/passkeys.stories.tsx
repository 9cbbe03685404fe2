import type { SignInOrUpStep } from '@flowkit/flows'
import { passkey, passkeySecondFactor } from '@flowkit/flows'
import { IdentifierStep, SecondFactorStep } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { flowError } from '../../packages/ui/test/flow-fixture'
import { stepStates } from './states'

// Passkeys offered by the instance; Chromium (where stories run) has WebAuthn, so the button shows.
// Each story its own spies: one story's clicks cannot pass another's assertion.
const offered = () =>
  stepStates(
    { offers: () => true, start: fn(), socialProviders: [{ strategy: 'oauth_google', name: 'Google' }] },
    'identifier',
  )
const withError = (code: 'passkey_cancelled' | 'passkey_not_found' | 'passkey_unsupported', message: string) =>
  stepStates({ offers: () => true, error: flowError(code, message) }, 'identifier').idle

/** “Sign in with a passkey” on the identifier step, its “last used” badge, its errors, and a passkey as a second factor. */
const meta = {
  title: 'Steps/Passkeys',
  component: IdentifierStep,
  args: { flow: offered().idle },
  parameters: { sandbox: false },
} satisfies Meta<typeof IdentifierStep>

export default meta
type Story = StoryObj<typeof meta>

export const Offered: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('textbox', { name: 'Email address' })).toHaveAttribute(
      'autocomplete',
      'username webauthn',
    )
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in with a passkey' }))
    await expect(args.flow?.start).toHaveBeenCalledWith(passkey)
  },
}

export const UsedLast: Story = {
  args: { flow: stepStates({ offers: () => true, lastStrategy: 'passkey' }, 'identifier').idle },
  play: async ({ canvasElement }) => {
    // In words, not only a colour: the badge is part of the button's name.
    await expect(within(canvasElement).getByRole('button', { name: /Sign in with a passkey.*Last used/ })).toBeVisible()
  },
}

export const Pending: Story = {
  args: { flow: offered().pending },
  play: async ({ args, canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Sign in with a passkey' })
    await expect(button).toHaveAttribute('aria-disabled', 'true')
    await userEvent.click(button)
    await expect(args.flow?.start).not.toHaveBeenCalled()
  },
}

export const Cancelled: Story = {
  args: { flow: withError('passkey_cancelled', 'No passkey was used. Try again, or use another method.') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('alert')).toHaveTextContent('No passkey was used')
    // The other methods are still there.
    await expect(canvas.getByRole('textbox', { name: 'Email address' })).toBeEnabled()
    await expect(canvas.getByRole('button', { name: 'Sign in with a passkey' })).toBeVisible()
  },
}

export const NotRegistered: Story = {
  args: { flow: withError('passkey_not_found', 'This passkey isn’t registered here. Use another method.') },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('isn’t registered here')
  },
}

export const NotSupported: Story = {
  args: { flow: withError('passkey_unsupported', 'This browser can’t use passkeys. Use another method.') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('alert')).toHaveTextContent('can’t use passkeys')
    await expect(canvas.getByRole('button', { name: 'Continue' })).toBeVisible()
  },
}

const secondFactor: Extract<SignInOrUpStep, { name: 'second-factor' }> = {
  name: 'second-factor',
  strategy: 'passkey',
  available: ['passkey', 'totp'],
}

export const SecondFactor: Story = {
  render: (args) => <SecondFactorStep flow={args.flow} />,
  args: { flow: stepStates({ step: secondFactor, start: fn() }, 'code').idle },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('Confirm it’s you with the passkey on this device.')).toBeVisible()
    await expect(canvas.queryByRole('textbox')).toBeNull()
    await userEvent.click(canvas.getByRole('button', { name: 'Use passkey' }))
    await expect(args.flow?.start).toHaveBeenCalledWith(passkeySecondFactor)
  },
}
