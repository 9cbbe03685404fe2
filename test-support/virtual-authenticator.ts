// Test-only, for Chromium tests (Vitest browser mode): Chromium's virtual WebAuthn authenticator
// through CDP, standing in for the user's device, and the sandbox's worker answering clerk-js.
import { afterAll, afterEach, beforeAll } from 'vitest'
import { cdp } from 'vitest/browser'

/**
 * Enables CDP WebAuthn and starts `worker` for the file. clerk-js takes an automated browser
 * (`navigator.webdriver`) for one without WebAuthn; this one stands in for the user's, so it is
 * made to look like it until the file is done.
 */
export function withVirtualWebAuthn(worker: { start(): Promise<unknown>; stop(): void; resetHandlers(): void }) {
  const webdriver = Object.getOwnPropertyDescriptor(Navigator.prototype, 'webdriver')
  beforeAll(async () => {
    Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false, configurable: true })
    await cdp().send('WebAuthn.enable', { enableUI: false })
    await worker.start()
  })
  afterEach(() => worker.resetHandlers())
  afterAll(async () => {
    worker.stop()
    await cdp().send('WebAuthn.disable')
    if (webdriver) Object.defineProperty(Navigator.prototype, 'webdriver', webdriver)
  })
}

/** Plugs in a platform authenticator that verifies the user and keeps discoverable credentials: its CDP id and its unplug. */
export async function plugInAuthenticator(): Promise<{ authenticatorId: string; unplug: () => Promise<unknown> }> {
  const { authenticatorId } = (await cdp().send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  })) as { authenticatorId: string }
  return { authenticatorId, unplug: () => cdp().send('WebAuthn.removeVirtualAuthenticator', { authenticatorId }) }
}
