// Passkeys through useSignInOrUp, against the real clerk-js and the sandbox's WebAuthn relying party:
// the button (discoverable), autofill (conditional UI), a passkey as a second factor, and what the
// user sees when the browser cannot, or the user does not, use one.
import { presets, type SandboxConfig } from '@flowkit/sandbox'
import { passkeyDevice, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SignInOrUpScreen } from '../../test/flow-harness'

const server = sandboxServerForFile()
const ada = { emailAddress: 'ada@example.com', password: 'correct-horse-battery', knownClient: true }

const instance = (passkeys: { autofill?: boolean; secondFactor?: boolean } = {}) => ({
  ...presets.emailPassword.instance,
  clientTrust: false,
  passkeys: { enabled: true, ...passkeys },
})

/** A device holding a passkey for `localhost`, and the sandbox config with it registered to Ada. */
async function adaWithPasskey(passkeys?: Parameters<typeof instance>[0]) {
  const device = passkeyDevice()
  const { credentialId, publicKey } = await device.authenticator.addCredential('localhost')
  const config: SandboxConfig = {
    instance: instance(passkeys),
    users: [{ ...ada, passkeys: [{ credentialId, publicKey }] }],
  }
  return { device, config }
}

function start(config: SandboxConfig) {
  const rendered = renderWithSandbox(server, config, (navigate) => <SignInOrUpScreen options={{ navigate }} />)
  return rendered
}

describe('passkey sign-in (the button)', () => {
  it('signs in with a discoverable passkey: create, attempt, touch', async () => {
    const { config } = await adaWithPasskey()
    const { sandbox, user, visited } = start(config)
    await user.click(await screen.findByRole('button', { name: 'Sign in with a passkey' }))
    await screen.findByRole('heading', { name: 'complete' })
    expect(visited).toEqual(['/'])
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/attempt_first_factor',
      'POST /client/sessions/sess_1/touch',
    ])
    expect(sandbox.requests.afterLoad()[0]?.body).toMatchObject({ strategy: 'passkey' })
    expect(sandbox.passkeys.of('ada@example.com')[0]?.signCount).toBe(1)
  })

  it('says a passkey no account has is not registered, and the identifier still works', async () => {
    const device = passkeyDevice()
    await device.authenticator.addCredential('localhost')
    const { user } = start({ instance: instance(), users: [ada] })
    await user.click(await screen.findByRole('button', { name: 'Sign in with a passkey' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This passkey isn’t registered here. Use another method.',
    )
    await user.type(screen.getByLabelText('Identifier'), 'ada@example.com')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { name: 'password' })
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('says no passkey was used when the user dismisses the prompt, and asks Clerk nothing more', async () => {
    const { device, config } = await adaWithPasskey()
    const { sandbox, user } = start(config)
    device.authenticator.refuseNext()
    await user.click(await screen.findByRole('button', { name: 'Sign in with a passkey' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('No passkey was used. Try again, or use another method.')
    expect(screen.getByRole('heading', { name: 'identifier' })).toBeInTheDocument()
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual(['POST /client/sign_ins'])
    // A second try goes through.
    await user.click(screen.getByRole('button', { name: 'Sign in with a passkey' }))
    await screen.findByRole('heading', { name: 'complete' })
  })

  it('says this browser cannot use passkeys when it has no WebAuthn (jsdom), sending nothing', async () => {
    const { sandbox, user } = start({ instance: instance(), users: [ada] })
    expect(window.PublicKeyCredential).toBeUndefined()
    await user.click(await screen.findByRole('button', { name: 'Sign in with a passkey' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('This browser can’t use passkeys. Use another method.')
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([])
  })
})

describe('passkey autofill (conditional UI)', () => {
  it('signs in when the user picks the passkey the identifier field suggests', async () => {
    const { device, config } = await adaWithPasskey({ autofill: true })
    const { sandbox, visited } = start(config)
    await screen.findByRole('heading', { name: 'identifier' })
    await waitFor(() => expect(device.waiting).toBe(1))
    await device.pickSuggestion()
    await screen.findByRole('heading', { name: 'complete' })
    expect(visited).toEqual(['/'])
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/attempt_first_factor',
      'POST /client/sessions/sess_1/touch',
    ])
  })

  it('stays out of the way when the user types and signs in with a password instead', async () => {
    const { device, config } = await adaWithPasskey({ autofill: true })
    const { sandbox, user } = start(config)
    await waitFor(() => expect(device.waiting).toBe(1))
    await user.type(screen.getByLabelText('Identifier'), 'ada@example.com')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.type(await screen.findByLabelText('Password'), ada.password)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { name: 'complete' })
    expect(screen.queryByRole('alert')).toBeNull()
    // The autofill's own sign-in, then the password's: one session, no passkey attempt.
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins',
      'POST /client/sessions/sess_1/touch',
    ])
    expect(sandbox.passkeys.of('ada@example.com')[0]?.signCount).toBe(0)
  })

  it('drops a suggestion picked after the identifier step is gone', async () => {
    const { device, config } = await adaWithPasskey({ autofill: true })
    const { sandbox, user } = start(config)
    await waitFor(() => expect(device.waiting).toBe(1))
    await user.type(screen.getByLabelText('Identifier'), 'ada@example.com')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { name: 'password' })
    // The browser answers late (it should not: the field is gone): the journey does not move.
    await device.pickSuggestion()
    await waitFor(() => expect(sandbox.requests.summary({ afterLoad: true }).at(-1)).toMatch(/attempt_first_factor$/))
    expect(screen.getByRole('heading', { name: 'password' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('starts nothing where the browser offers no autofill (jsdom without WebAuthn)', async () => {
    const { sandbox } = start({ instance: instance({ autofill: true }), users: [ada] })
    await screen.findByRole('heading', { name: 'identifier' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([])
  })
})

describe('a passkey as the second factor', () => {
  const withMfa = async () => {
    const device = passkeyDevice()
    const { credentialId, publicKey } = await device.authenticator.addCredential('localhost')
    const config: SandboxConfig = {
      instance: { ...instance({ secondFactor: true }), mfa: { strategies: ['backup_code'] } },
      users: [{ ...ada, backupCodes: ['abcd-1234'], passkeys: [{ credentialId, publicKey }] }],
    }
    const rendered = start(config)
    await rendered.user.type(await screen.findByLabelText('Identifier'), ada.emailAddress)
    await rendered.user.click(screen.getByRole('button', { name: 'Continue' }))
    await rendered.user.type(await screen.findByLabelText('Password'), ada.password)
    await rendered.user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { name: 'second-factor' })
    return { ...rendered, device }
  }

  it('offers the passkey first, and signs in with it: prepare, attempt', async () => {
    const { sandbox, user } = await withMfa()
    expect(screen.queryByLabelText('Code')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Use passkey' }))
    await screen.findByRole('heading', { name: 'complete' })
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_second_factor',
      'POST /client/sign_ins/sia_1/attempt_second_factor',
      'POST /client/sessions/sess_1/touch',
    ])
    expect(sandbox.requests.afterLoad()[2]?.body).toMatchObject({ strategy: 'passkey' })
  })

  it('after a dismissed prompt, says so and still offers the backup code', async () => {
    const { device, user } = await withMfa()
    device.authenticator.refuseNext()
    await user.click(screen.getByRole('button', { name: 'Use passkey' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('No passkey was used. Try again, or use another method.')
    await user.click(screen.getByRole('button', { name: 'Use backup_code' }))
    await user.type(await screen.findByLabelText('Code'), 'abcd-1234')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { name: 'complete' })
  })
})
