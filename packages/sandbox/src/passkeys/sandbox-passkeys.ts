import type { SandboxPasskey } from '../config/types'
import type { Simulation } from '../state/simulation'
import { addPasskey } from './registered'

/** A user's passkey, as a test reads it. */
export interface RegisteredPasskey {
  id: string
  credentialId: string
  name: string
  signCount: number
  /** When it last signed in, on `sandbox.clock`. */
  lastUsedAt: number | null
}

/** The instance's passkeys: register one for a user from a test, read what a user has. */
export class SandboxPasskeys {
  constructor(private readonly simulation: () => Simulation) {}

  /**
   * Registers a credential (e.g. from a `SoftwareAuthenticator`) for a user, by id or identifier, as if
   * they had added it on their profile. Returns the passkey's id.
   */
  register(user: string, credential: SandboxPasskey): string {
    const sim = this.simulation()
    return addPasskey(sim.ids, this.#userOf(user), credential, sim.now()).id
  }

  /** The user's passkeys whose registration finished. */
  of(user: string): RegisteredPasskey[] {
    return this.#userOf(user)
      .passkeys.filter((passkey) => passkey.credentialId !== null)
      .map(({ id, credentialId, name, signCount, lastUsedAt }) => ({
        id,
        credentialId: credentialId ?? '',
        name,
        signCount,
        lastUsedAt,
      }))
  }

  #userOf(reference: string) {
    const { store } = this.simulation()
    const user =
      store.users.get(reference) ??
      store.findUserByEmail(reference) ??
      store.findUserByPhone(reference) ??
      store.findUserByUsername(reference)
    if (!user) throw new Error(`sandbox.passkeys: no user is ${reference}`)
    return user
  }
}
