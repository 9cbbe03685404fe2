/// <reference types="vite/client" />
// In real Chromium, with its virtual authenticator (CDP WebAuthn domain, through Vitest's cdp()):
// clerk-js registers a passkey with user.createPasskey() (navigator.credentials.create), signs out,
// and signs back in with signIn.passkey({ flow: 'discoverable' }) (navigator.credentials.get); the
// sandbox verifies the attestation and the ES256 assertion with WebCrypto in the page.
import type { Clerk } from '@clerk/clerk-js'
import { plugInAuthenticator, withVirtualWebAuthn } from '@flowkit/test-support/virtual-authenticator'
import { describe, expect, it } from 'vitest'
import { cdp } from 'vitest/browser'
import { setupSandboxWorker } from './browser'
import { createSandbox, presets, type Sandbox } from './index'

const worker = setupSandboxWorker()
withVirtualWebAuthn(worker)

/** A loaded Clerk whose navigations (after sign-out, after finalize) stay in the test's page. */
async function loadedClerk(sandbox: Sandbox): Promise<Clerk> {
  const clerk = await sandbox.createClerk()
  const stay = (to: string) => {
    sandbox.navigations.push(to)
  }
  await clerk.load({ routerPush: stay, routerReplace: stay })
  return clerk
}

const withPasskeys = () =>
  worker.use(
    createSandbox({
      instance: { ...presets.emailPassword.instance, clientTrust: false, passkeys: { enabled: true } },
      users: [{ emailAddress: 'ada@example.com', password: 'pw-ada-1234' }],
    }),
  )

describe('passkeys in Chromium with a virtual authenticator', () => {
  it('registers a passkey through clerk-js, then signs in with it after signing out', async () => {
    const sandbox = withPasskeys()
    const { authenticatorId, unplug } = await plugInAuthenticator()
    try {
      sandbox.startSession('ada@example.com')
      const signedIn = await loadedClerk(sandbox)
      const passkey = await signedIn.user?.createPasskey()
      expect(passkey?.verification?.status).toBe('verified')
      const { credentials } = (await cdp().send('WebAuthn.getCredentials', { authenticatorId })) as {
        credentials: { credentialId: string; rpId: string; isResidentCredential: boolean }[]
      }
      expect(credentials).toMatchObject([{ rpId: 'localhost', isResidentCredential: true }])
      expect(sandbox.passkeys.of('ada@example.com')).toHaveLength(1)
      await signedIn.signOut()

      const clerk = await loadedClerk(sandbox)
      sandbox.requests.clear()
      const { signIn } = clerk.__internal_state.signInSignal()
      expect((await signIn?.passkey({ flow: 'discoverable' }))?.error).toBeNull()
      expect(clerk.client?.signIn.status).toBe('complete')
      await clerk.client?.signIn.__internal_future.finalize()
      expect(clerk.user?.primaryEmailAddress?.emailAddress).toBe('ada@example.com')
      expect(sandbox.requests.summary()).toEqual([
        'POST /client/sign_ins',
        'POST /client/sign_ins/sia_1/attempt_first_factor',
        'POST /client/sessions/sess_2/touch',
      ])
      expect(sandbox.passkeys.of('ada@example.com')[0]?.signCount).toBeGreaterThan(0)
    } finally {
      await unplug()
    }
  })

  it('refuses another authenticator’s passkey for the same site', async () => {
    const sandbox = withPasskeys()
    const { authenticatorId, unplug } = await plugInAuthenticator()
    try {
      // A credential this authenticator holds for localhost, which no one registered with the sandbox.
      const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])
      const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey))
      await cdp().send('WebAuthn.addCredential', {
        authenticatorId,
        credential: {
          credentialId: btoa('stranger-credential'),
          isResidentCredential: true,
          rpId: 'localhost',
          privateKey: btoa(String.fromCharCode(...pkcs8)),
          userHandle: btoa('someone-else'),
          signCount: 0,
        },
      })
      const clerk = await loadedClerk(sandbox)
      const { signIn } = clerk.__internal_state.signInSignal()
      const result = await signIn?.passkey({ flow: 'discoverable' })
      expect(result?.error).toMatchObject({ errors: [{ code: 'passkey_not_registered' }] })
      expect(clerk.session).toBeNull()
    } finally {
      await unplug()
    }
  })
})
