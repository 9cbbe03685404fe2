// Passkeys in <SignInOrUp/> against the real clerk-js and the sandbox (jsdom): the button, autofill
// (conditional UI) and the second factor, with a device that has passkeys (the sandbox's
// SoftwareAuthenticator) and without one (jsdom has no WebAuthn).
import { presets, type SandboxConfig } from '@flowkit/sandbox'
import { passkeyDevice, renderAgain, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { cleanup, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SignInOrUp } from '../../drop-ins/sign-in-or-up'

const server = sandboxServerForFile()
const ada = { emailAddress: 'ada@example.com', password: 'correct-horse-battery', knownClient: true }
const withPasskeys = (passkeys: { autofill?: boolean; secondFactor?: boolean } = {}) => ({
  ...presets.emailPassword.instance,
  clientTrust: false,
  passkeys: { enabled: true, ...passkeys },
})
const heading = (name: string) => screen.findByRole('heading', { name })
const passkeyButton = () => screen.findByRole('button', { name: /^Sign in with a passkey/ })

async function adaWithPasskey(passkeys?: Parameters<typeof withPasskeys>[0]) {
  const device = passkeyDevice()
  const { credentialId, publicKey } = await device.authenticator.addCredential('localhost')
  const config: SandboxConfig = {
    instance: withPasskeys(passkeys),
    users: [{ ...ada, passkeys: [{ credentialId, publicKey }] }],
  }
  return { device, config }
}

const dropIn = (config: SandboxConfig) =>
  renderWithSandbox(server, config, (navigate) => (
    <SignInOrUp routing="virtual" navigate={navigate} fallbackRedirectUrl="/dashboard" />
  ))

describe('in a browser without WebAuthn (jsdom)', () => {
  it('offers no passkey, starts no autofill, and the email still signs in', async () => {
    const { sandbox, user, visited } = dropIn({ instance: withPasskeys({ autofill: true }), users: [ada] })
    await heading('Sign in or sign up')
    expect(window.PublicKeyCredential).toBeUndefined()
    expect(screen.queryByRole('button', { name: /passkey/i })).toBeNull()
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'ada@example.com{Enter}')
    await user.type(await screen.findByLabelText('Password'), `${ada.password}{Enter}`)
    await expect.poll(() => visited).toEqual(['/dashboard'])
    // No passkey sign-in was started behind the form.
    expect(sandbox.requests.afterLoad().map((request) => request.body.strategy)).not.toContain('passkey')
  })

  it('says the browser cannot use a passkey as the second factor, and offers the backup code', async () => {
    const device = passkeyDevice()
    const { credentialId, publicKey } = await device.authenticator.addCredential('localhost')
    const config: SandboxConfig = {
      instance: { ...withPasskeys({ secondFactor: true }), mfa: { strategies: ['backup_code'] } },
      users: [{ ...ada, backupCodes: ['abcd-1234'], passkeys: [{ credentialId, publicKey }] }],
    }
    const { user, visited } = dropIn(config)
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'ada@example.com{Enter}')
    await user.type(await screen.findByLabelText('Password'), `${ada.password}{Enter}`)
    await heading('Two-step verification')
    // The device leaves: this browser has no WebAuthn now.
    Reflect.deleteProperty(window, 'PublicKeyCredential')
    await user.click(screen.getByRole('button', { name: 'Use passkey' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('This browser can’t use passkeys. Use another method.')
    await user.click(screen.getByRole('button', { name: 'Use a backup code' }))
    await user.type(await screen.findByRole('textbox', { name: 'Backup code' }), 'abcd-1234{Enter}')
    await expect.poll(() => visited).toEqual(['/dashboard'])
  })
})

describe('with passkeys on the device', () => {
  it('signs in with the passkey button: create, attempt, touch', async () => {
    const { config } = await adaWithPasskey()
    const { sandbox, user, visited } = dropIn(config)
    await user.click(await passkeyButton())
    await expect.poll(() => visited).toEqual(['/dashboard'])
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/attempt_first_factor',
      'POST /client/sessions/sess_1/touch',
    ])
  })

  it('marks the passkey “Last used” on the next visit', async () => {
    const { config } = await adaWithPasskey()
    const { sandbox, user, visited } = dropIn(config)
    expect(await passkeyButton()).toHaveAccessibleName('Sign in with a passkey')
    await user.click(await passkeyButton())
    await expect.poll(() => visited).toEqual(['/dashboard'])
    // Another page load signs out (one Clerk at a time), then the sign-in page is opened again.
    cleanup()
    const clerk = await sandbox.createClerk()
    await clerk.load()
    await clerk.signOut()
    renderAgain(sandbox, <SignInOrUp routing="virtual" />)
    expect(await passkeyButton()).toHaveAccessibleName('Sign in with a passkey Last used')
    expect(screen.getAllByText('Last used')).toHaveLength(1)
  })

  it('says a passkey no account has is not registered, and email and password still work', async () => {
    const device = passkeyDevice()
    await device.authenticator.addCredential('localhost')
    const { user, visited } = dropIn({ instance: withPasskeys(), users: [ada] })
    await user.click(await passkeyButton())
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This passkey isn’t registered here. Use another method.',
    )
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'ada@example.com{Enter}')
    await user.type(await screen.findByLabelText('Password'), `${ada.password}{Enter}`)
    await expect.poll(() => visited).toEqual(['/dashboard'])
  })

  it('says no passkey was used when the prompt is dismissed; a second try signs in', async () => {
    const { device, config } = await adaWithPasskey()
    const { user, visited } = dropIn(config)
    device.authenticator.refuseNext()
    await user.click(await passkeyButton())
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('No passkey was used. Try again, or use another method.')
    expect(alert).toHaveAttribute('data-error', 'passkey_cancelled')
    expect(screen.getByRole('textbox', { name: 'Email address' })).toBeEnabled()
    await user.click(await passkeyButton())
    await expect.poll(() => visited).toEqual(['/dashboard'])
  })

  it('offers passkeys in the email field’s autofill, and signs in with the one picked', async () => {
    const { device, config } = await adaWithPasskey({ autofill: true })
    const { visited } = dropIn(config)
    const email = await screen.findByRole('textbox', { name: 'Email address' })
    expect(email).toHaveAttribute('autocomplete', 'username webauthn')
    await waitFor(() => expect(device.waiting).toBe(1))
    await device.pickSuggestion()
    await expect.poll(() => visited).toEqual(['/dashboard'])
  })

  it('lets the user type instead: no error, one sign-in, the suggestion dropped with the field', async () => {
    const { device, config } = await adaWithPasskey({ autofill: true })
    const { sandbox, user, visited } = dropIn(config)
    await waitFor(() => expect(device.waiting).toBe(1))
    await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'ada@example.com{Enter}')
    await heading('Enter your password')
    // Picked late (the field is gone): it must not sign in behind the password step.
    await device.pickSuggestion()
    await waitFor(() => expect(sandbox.requests.summary({ afterLoad: true }).at(-1)).toMatch(/attempt_first_factor$/))
    expect(screen.getByRole('heading', { name: 'Enter your password' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
    await user.type(screen.getByLabelText('Password'), `${ada.password}{Enter}`)
    await expect.poll(() => visited).toEqual(['/dashboard'])
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('signs in with a passkey as the second factor: a button, no code field', async () => {
    const device = passkeyDevice()
    const { credentialId, publicKey } = await device.authenticator.addCredential('localhost')
    const config: SandboxConfig = {
      instance: { ...withPasskeys({ secondFactor: true }), mfa: { strategies: ['backup_code'] } },
      users: [{ ...ada, backupCodes: ['abcd-1234'], passkeys: [{ credentialId, publicKey }] }],
    }
    const { sandbox, user, visited } = dropIn(config)
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'ada@example.com{Enter}')
    await user.type(await screen.findByLabelText('Password'), `${ada.password}{Enter}`)
    await heading('Two-step verification')
    expect(screen.getByText('Confirm it’s you with the passkey on this device.')).toBeInTheDocument()
    expect(screen.queryByRole('textbox')).toBeNull()
    expect(screen.getByRole('button', { name: 'Use a backup code' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Use passkey' }))
    await expect.poll(() => visited).toEqual(['/dashboard'])
    expect(sandbox.requests.afterLoad().at(-2)).toMatchObject({
      path: '/client/sign_ins/sia_1/attempt_second_factor',
      body: { strategy: 'passkey' },
    })
  })
})
