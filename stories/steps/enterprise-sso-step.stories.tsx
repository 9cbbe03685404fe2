import { EnterpriseSsoStep } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { createFlow, flowError } from '../../packages/ui/test/flow-fixture'

const connections = [
  { id: 'ent_1', name: 'Acme Okta' },
  { id: 'ent_2', name: 'Acme Entra' },
]
const flow = (overrides: Parameters<typeof createFlow>[0] = {}) =>
  createFlow({ step: { name: 'enterprise-sso', connections }, canGoBack: true, start: fn(), back: fn(), ...overrides })

/** The email's domain belongs to several enterprise connections: the user picks the one to sign in with. */
const meta = {
  title: 'Steps/EnterpriseSsoStep',
  component: EnterpriseSsoStep,
  args: { flow: flow() },
  parameters: { sandbox: false },
} satisfies Meta<typeof EnterpriseSsoStep>

export default meta
type Story = StoryObj<typeof meta>

export const Idle: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('heading', { name: 'Choose your enterprise account' })).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Acme Entra' }))
    await expect(args.flow?.start).toHaveBeenCalledOnce()
    await userEvent.click(canvas.getByRole('button', { name: 'Back' }))
    await expect(args.flow?.back).toHaveBeenCalled()
  },
}

/** On its way to the identity provider: another press does nothing. */
export const Pending: Story = {
  args: { flow: flow({ isPending: true }) },
  play: async ({ args, canvasElement }) => {
    const okta = within(canvasElement).getByRole('button', { name: 'Continue with Acme Okta' })
    await expect(okta).toHaveAttribute('aria-disabled', 'true')
    await userEvent.click(okta)
    await expect(args.flow?.start).not.toHaveBeenCalled()
  },
}

/** Back from the identity provider, refused. */
export const Refused: Story = {
  args: {
    flow: flow({
      error: flowError('sso_refused', 'Your organization’s sign-in refused access.'),
    }),
  },
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert')
    await expect(alert).toHaveAttribute('data-error', 'sso_refused')
    await expect(alert).toHaveTextContent('refused access')
  },
}
