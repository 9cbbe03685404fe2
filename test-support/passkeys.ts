// Test-only: a device with passkeys in jsdom, for every package's tests. The sandbox's
// SoftwareAuthenticator answers WebAuthn as the browser's authenticator would, so clerk-js runs its
// real passkey code; here autofill requests also wait the way a browser's do.
import { SoftwareAuthenticator } from '@flowkit/sandbox'
import { onTestFinished } from 'vitest'

interface HeldRequest {
  options: CredentialRequestOptions
  resolve(credential: unknown): void
  reject(error: unknown): void
}

const abortError = () => Object.assign(new Error('The request was aborted.'), { name: 'AbortError' })

/**
 * Installs a SoftwareAuthenticator on jsdom's window for the current test (removed when it ends).
 * An autofill request (`mediation: 'conditional'`) waits, as a browser's does, until the user picks
 * the suggestion (`pickSuggestion()`) or it is aborted (`signal`, which clerk-js aborts when it
 * starts another passkey request).
 */
export function passkeyDevice() {
  const authenticator = new SoftwareAuthenticator()
  const uninstall = authenticator.install(window)
  onTestFinished(uninstall)
  const held: HeldRequest[] = []
  const get = (options?: CredentialRequestOptions) => authenticator.get(options)
  const credentials = {
    create: (options?: CredentialCreationOptions) => authenticator.create(options),
    get: (options?: CredentialRequestOptions) => {
      if (options?.mediation !== 'conditional') return get(options)
      return new Promise((resolve, reject) => {
        const request = { options, resolve, reject }
        held.push(request)
        options.signal?.addEventListener('abort', () => {
          held.splice(held.indexOf(request), 1)
          reject(abortError())
        })
      })
    },
  }
  Object.defineProperty(navigator, 'credentials', { value: credentials, configurable: true })
  return {
    authenticator,
    /** Autofill requests waiting for the user to pick a suggestion. */
    get waiting() {
      return held.length
    },
    /** The user picks the passkey the autofill suggests (the oldest waiting request answers). */
    async pickSuggestion() {
      const request = held.shift()
      if (!request) throw new Error('passkeyDevice: no autofill request is waiting')
      request.resolve(await get(request.options))
    },
  }
}
