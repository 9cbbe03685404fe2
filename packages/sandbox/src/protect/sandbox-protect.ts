import { PROTECT_SDK_PATH } from '../domain/protect'
import type { Simulation } from '../state/simulation'
import { type ProtectChallengeInit, protectChallenge } from './challenge'

/** A Protect challenge waiting on the client's sign-in or sign-up. */
export interface PendingProtectCheck {
  flow: 'sign_in' | 'sign_up'
  token: string
  /** The word the challenge asks the user to type. */
  word: string
  /** Where the challenge SDK is served (`protect_check.sdk_url`). */
  sdkUrl: string
  /** When it expires, on `sandbox.clock` (milliseconds). */
  expiresAt: number
}

/**
 * The sandbox's Clerk Protect (`instance.protect`): a deterministic challenge a test can answer, or fail.
 * Headless, read `pending` and submit `proofFor(token)`; with a UI, render `challenge` (the SDK
 * module's default export) into a container where a dynamic `import()` of `sdk_url` cannot run (jsdom).
 */
export class SandboxProtect {
  /** The challenge SDK's default export: `(container, { token, uiHints, signal }) => Promise<proofToken>`. */
  readonly challenge: (container: HTMLElement, init: ProtectChallengeInit) => Promise<string> = protectChallenge

  constructor(private readonly simulation: () => Simulation) {}

  /** The challenge the client's sign-in or sign-up waits on, if any. */
  get pending(): PendingProtectCheck | undefined {
    const sim = this.simulation()
    const { client } = sim.store
    const signIn = client.signInId ? sim.store.signIns.get(client.signInId) : undefined
    const signUp = client.signUpId ? sim.store.signUps.get(client.signUpId) : undefined
    const candidates = [
      signIn?.protectCheck ? { flow: 'sign_in' as const, check: signIn.protectCheck, at: signIn.createdAt } : null,
      signUp?.protectCheck ? { flow: 'sign_up' as const, check: signUp.protectCheck, at: signUp.createdAt } : null,
    ].filter((candidate) => candidate !== null)
    const latest = candidates.sort((a, b) => b.at - a.at)[0]
    if (!latest) return undefined
    const { token, word, expiresAt } = latest.check
    return { flow: latest.flow, token, word, expiresAt, sdkUrl: `https://${sim.host}${PROTECT_SDK_PATH}` }
  }

  /** The proof the challenge resolves with when `answer` is typed (default: the right word). */
  proofFor(token: string, answer = token.slice(token.lastIndexOf('.') + 1)): string {
    return `proof:${token}:${answer}`
  }
}
