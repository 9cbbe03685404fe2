// Passkeys through clerk-js's own code: a SoftwareAuthenticator installed on jsdom's window is what
// clerk-js finds there (window.PublicKeyCredential, navigator.credentials), so user.createPasskey()
// and signIn.passkey() make real ES256 credentials and signatures over the sandbox's challenges,
// and the sandbox verifies them as a relying party does.
import type { Clerk } from '@clerk/clerk-js'
import { isClerkAPIResponseError } from '@clerk/react/errors'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadClerk, signInOf } from '../../test/headless'
import { createSandbox, presets, type Sandbox, type SandboxConfig, SoftwareAuthenticator } from '../index'
import { setupSandboxServer } from '../node'
import { fromBase64Url } from '../passkeys/base64url'

const server = setupSandboxServer()
let uninstall: (() => void) | undefined
beforeAll(() => server.listen())
afterEach(() => {
  uninstall?.()
  uninstall = undefined
  server.resetHandlers()
})
afterAll(() => server.close())

const withPasskeys: SandboxConfig = {
  instance: { ...presets.emailPassword.instance, clientTrust: false, passkeys: { enabled: true, autofill: true } },
  users: [{ emailAddress: 'ada@example.com', password: 'pw-ada-1234' }],
}

/** The browser's authenticator: clerk-js will find it on the window. */
function withAuthenticator(authenticator = new SoftwareAuthenticator()) {
  uninstall?.()
  uninstall = authenticator.install(window)
  return authenticator
}

const codeOf = (error: unknown) =>
  isClerkAPIResponseError(error) ? error.errors[0]?.code : `no API error (${String(error)})`

/** Ada signs in once with her password and adds a passkey on her profile, then signs out. */
async function registerThroughClerk(sandbox: Sandbox, authenticator: SoftwareAuthenticator): Promise<Clerk> {
  sandbox.startSession('ada@example.com')
  const clerk = await loadClerk(sandbox)
  withAuthenticator(authenticator)
  await clerk.user?.createPasskey()
  await clerk.signOut()
  return loadClerk(sandbox)
}

describe('passkeys in the environment', () => {
  it('are a first factor with a sign-in button and autofill', async () => {
    const clerk = await loadClerk(server.use(createSandbox(withPasskeys)))
    const settings = clerk.__internal_environment?.userSettings
    expect(settings?.attributes.passkey).toMatchObject({ enabled: true, used_for_first_factor: true })
    expect(settings?.passkeySettings).toEqual({ allow_autofill: true, show_sign_in_button: true })
  })
})

describe('registering a passkey', () => {
  it('goes through user.createPasskey(): creation options in the nonce, the attestation verified', async () => {
    const sandbox = server.use(createSandbox(withPasskeys))
    sandbox.startSession('ada@example.com')
    const clerk = await loadClerk(sandbox)
    const authenticator = withAuthenticator()
    const passkey = await clerk.user?.createPasskey()

    expect(passkey?.verification?.status).toBe('verified')
    expect(clerk.user?.passkeys.map((candidate) => candidate.id)).toEqual([passkey?.id])
    expect(sandbox.passkeys.of('ada@example.com')).toEqual([
      {
        id: passkey?.id,
        credentialId: authenticator.credentials[0]?.credentialId,
        name: 'Passkey',
        signCount: 0,
        lastUsedAt: null,
      },
    ])
    const [create, attempt] = sandbox.requests.afterLoad()
    expect(create).toMatchObject({ method: 'POST', path: '/me/passkeys', status: 200 })
    expect(attempt).toMatchObject({
      method: 'POST',
      path: `/me/passkeys/${passkey?.id}/attempt_verification`,
      body: { strategy: 'passkey', public_key_credential: expect.stringContaining('"attestationObject"') },
      status: 200,
    })
    // The options clerk-js handed the authenticator: the page's host as rpId, ES256, the user's id.
    expect(authenticator.credentials[0]).toMatchObject({ rpId: 'localhost', userHandle: 'dXNlcl8x' })
  })

  it('refuses a second registration of the same credential, as the browser would be told to exclude it', async () => {
    const sandbox = server.use(createSandbox(withPasskeys))
    const authenticator = new SoftwareAuthenticator()
    await registerThroughClerk(sandbox, authenticator)
    sandbox.startSession('ada@example.com')
    const clerk = await loadClerk(sandbox)
    withAuthenticator(authenticator)
    const error = await clerk.user?.createPasskey().then(
      () => undefined,
      (reason: unknown) => reason,
    )
    expect(error).toMatchObject({ code: 'passkey_already_exists' })
  })
})

describe('signing in with a passkey', () => {
  it('signs in with signIn.passkey({ flow: "discoverable" }): the credential says who it is', async () => {
    const sandbox = server.use(createSandbox(withPasskeys))
    const authenticator = new SoftwareAuthenticator()
    const clerk = await registerThroughClerk(sandbox, authenticator)
    sandbox.requests.clear()

    expect((await signInOf(clerk).passkey({ flow: 'discoverable' })).error).toBeNull()
    expect(signInOf(clerk).status).toBe('complete')
    await signInOf(clerk).finalize()
    expect(clerk.user?.primaryEmailAddress?.emailAddress).toBe('ada@example.com')
    expect(clerk.client?.lastAuthenticationStrategy).toBe('passkey')
    const [used] = sandbox.passkeys.of('ada@example.com')
    expect(used?.signCount).toBe(1)
    expect(clerk.user?.passkeys[0]?.lastUsedAt?.getTime()).toBe(used?.lastUsedAt)

    const [create, attempt] = sandbox.requests.all
    expect(create).toMatchObject({ path: '/client/sign_ins', body: { strategy: 'passkey' } })
    expect(attempt).toMatchObject({
      path: '/client/sign_ins/sia_1/attempt_first_factor',
      body: { strategy: 'passkey', public_key_credential: expect.stringContaining('"signature"') },
    })
  })

  it('offers an identified user’s passkey first and asks for exactly their credentials', async () => {
    const sandbox = server.use(createSandbox(withPasskeys))
    const authenticator = new SoftwareAuthenticator()
    const clerk = await registerThroughClerk(sandbox, authenticator)
    await signInOf(clerk).create({ identifier: 'ada@example.com' })
    expect(signInOf(clerk).supportedFirstFactors.map((factor) => factor.strategy)).toEqual([
      'passkey',
      'password',
      'reset_password_email_code',
    ])
    expect((await signInOf(clerk).passkey()).error).toBeNull()
    expect(signInOf(clerk).status).toBe('complete')
    const prepared = sandbox.requests.afterLoad().find((request) => request.path.endsWith('/prepare_first_factor'))
    expect(prepared?.body).toEqual({ strategy: 'passkey' })
  })

  it('refuses a credential the sandbox does not know (another authenticator’s)', async () => {
    const sandbox = server.use(createSandbox(withPasskeys))
    const clerk = await registerThroughClerk(sandbox, new SoftwareAuthenticator())
    const stranger = withAuthenticator()
    await stranger.addCredential('localhost')

    const { error } = await signInOf(clerk).passkey({ flow: 'discoverable' })
    expect(codeOf(error)).toBe('passkey_not_registered')
    expect(clerk.session).toBeNull()
  })

  it('refuses a signature the stored public key does not verify', async () => {
    const sandbox = server.use(createSandbox(withPasskeys))
    const signer = withAuthenticator()
    const credential = await signer.addCredential('localhost')
    const impostor = await new SoftwareAuthenticator().addCredential('localhost')
    sandbox.passkeys.register('ada@example.com', {
      credentialId: credential.credentialId,
      publicKey: impostor.publicKey,
    })
    const clerk = await loadClerk(sandbox)

    const { error } = await signInOf(clerk).passkey({ flow: 'discoverable' })
    expect(codeOf(error)).toBe('passkey_authentication_failure')
  })

  it('signs in with the autofill flow too (conditional UI)', async () => {
    const sandbox = server.use(createSandbox(withPasskeys))
    const clerk = await registerThroughClerk(sandbox, new SoftwareAuthenticator())
    expect((await signInOf(clerk).passkey({ flow: 'autofill' })).error).toBeNull()
    expect(signInOf(clerk).status).toBe('complete')
  })

  it('refuses an assertion made for another sign-in’s challenge', async () => {
    const sandbox = server.use(createSandbox(withPasskeys))
    const authenticator = new SoftwareAuthenticator()
    const clerk = await registerThroughClerk(sandbox, authenticator)
    const first = await clerk.client?.signIn.create({ strategy: 'passkey' })
    const options = JSON.parse(first?.firstFactorVerification.nonce ?? '{}')
    const stale = await authenticator.get({
      publicKey: { challenge: fromBase64Url(options.challenge), rpId: options.rpId },
    })
    const second = await clerk.client?.signIn.create({ strategy: 'passkey' })
    expect(second?.id).not.toBe(first?.id)

    const error = await second?.attemptFirstFactor({ strategy: 'passkey', publicKeyCredential: stale }).then(
      () => undefined,
      (reason: unknown) => reason,
    )
    expect(codeOf(error)).toBe('passkey_invalid_verification')
  })

  it('refuses an answer to an expired challenge', async () => {
    const sandbox = server.use(createSandbox(withPasskeys))
    const authenticator = new SoftwareAuthenticator()
    const clerk = await registerThroughClerk(sandbox, authenticator)
    const signIn = await clerk.client?.signIn.create({ strategy: 'passkey' })
    const options = JSON.parse(signIn?.firstFactorVerification.nonce ?? '{}')
    const credential = await authenticator.get({
      publicKey: { challenge: fromBase64Url(options.challenge), rpId: options.rpId },
    })
    sandbox.clock.advance(6 * 60_000)

    const error = await signIn?.attemptFirstFactor({ strategy: 'passkey', publicKeyCredential: credential }).then(
      () => undefined,
      (reason: unknown) => reason,
    )
    expect(codeOf(error)).toBe('verification_expired')
  })

  it('never reaches the sandbox when the user dismisses the prompt (a client-side error)', async () => {
    const sandbox = server.use(createSandbox(withPasskeys))
    const authenticator = new SoftwareAuthenticator()
    const clerk = await registerThroughClerk(sandbox, authenticator)
    sandbox.requests.clear()
    authenticator.refuseNext()
    const { error } = await signInOf(clerk).passkey({ flow: 'discoverable' })
    expect(error).toMatchObject({ code: 'passkey_retrieval_failed' })
    expect(sandbox.requests.summary()).toEqual(['POST /client/sign_ins'])
  })

  it('is unsupported where the browser has no WebAuthn (plain jsdom)', async () => {
    const sandbox = server.use(createSandbox(withPasskeys))
    const clerk = await loadClerk(sandbox)
    await expect(signInOf(clerk).passkey({ flow: 'discoverable' })).rejects.toMatchObject({
      code: 'passkey_not_supported',
    })
    expect(sandbox.requests.afterLoad()).toEqual([])
  })
})

describe('a passkey as the second factor', () => {
  it('is offered after the password and completes the sign-in', async () => {
    const sandbox = server.use(
      createSandbox({
        ...withPasskeys,
        instance: { ...withPasskeys.instance, passkeys: { enabled: true, secondFactor: true } },
      }),
    )
    const clerk = await registerThroughClerk(sandbox, new SoftwareAuthenticator())
    await signInOf(clerk).password({ identifier: 'ada@example.com', password: 'pw-ada-1234' })
    expect(signInOf(clerk).status).toBe('needs_second_factor')
    expect(signInOf(clerk).supportedSecondFactors?.map((factor) => factor.strategy)).toEqual(['passkey'])
    expect((await signInOf(clerk).mfa.passkey()).error).toBeNull()
    expect(signInOf(clerk).status).toBe('complete')
    expect(sandbox.requests.summary({ afterLoad: true }).slice(-2)).toEqual([
      'POST /client/sign_ins/sia_1/prepare_second_factor',
      'POST /client/sign_ins/sia_1/attempt_second_factor',
    ])
  })
})
