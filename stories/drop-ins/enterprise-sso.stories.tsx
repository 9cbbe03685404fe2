import { SignInOrUp } from '@flowkit/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { sandboxOf } from '../../.storybook/sandbox'
import type { EnterpriseConnectionConfig, SandboxConfig } from '../../packages/sandbox/src'
import { enter, step } from './journey'

const okta: EnterpriseConnectionConfig = { name: 'Acme Okta', domains: ['acme.com'], protocol: 'saml' }
const entra: EnterpriseConnectionConfig = {
  id: 'ent_entra',
  name: 'Acme Entra',
  domains: ['acme.com'],
  protocol: 'oidc',
}
const config = (enterpriseConnections: EnterpriseConnectionConfig[]): SandboxConfig => ({
  instance: { identifiers: ['email_address'], firstFactors: ['password'], enterpriseConnections },
  users: [{ emailAddress: 'ada@acme.com' }, { emailAddress: 'ada@example.com', password: 'pw-ada-1234' }],
})

/**
 * Identifier-first enterprise SSO in `<SignInOrUp/>`: an email on a connected domain leaves for the
 * connection's identity provider (the sandbox records where; a story's page cannot leave), other
 * domains keep their password.
 */
const meta = {
  title: 'Drop-ins/Enterprise SSO',
  component: SignInOrUp,
  args: { routing: 'virtual', navigate: fn() },
  parameters: { sandbox: config([okta]) },
} satisfies Meta<typeof SignInOrUp>

export default meta
type Story = StoryObj<typeof meta>

export const OneConnection: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await step(canvas, 'Sign in or sign up')
    await enter(userEvent, canvas, 'Email address', 'ada@acme.com')
    const sandbox = sandboxOf(context)
    await waitFor(() => expect(sandbox.enterprise.pending?.connection.name).toBe('Acme Okta'))
    await expect(sandbox.navigations).toEqual([sandbox.enterprise.pending?.url])
  },
}

export const SeveralConnections: Story = {
  parameters: { sandbox: config([okta, entra]) },
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await step(canvas, 'Sign in or sign up')
    await enter(userEvent, canvas, 'Email address', 'ada@acme.com')
    await step(canvas, 'Choose your enterprise account')
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with Acme Entra' }))
    await waitFor(() => expect(sandboxOf(context).enterprise.pending?.connection.id).toBe('ent_entra'))
  },
}

export const OtherDomain: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await step(canvas, 'Sign in or sign up')
    await enter(userEvent, canvas, 'Email address', 'ada@example.com')
    await step(canvas, 'Enter your password')
    await expect(sandboxOf(context).enterprise.pending).toBeUndefined()
  },
}
