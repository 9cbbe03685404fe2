import type { EnvironmentResource, SignInFutureResource, SignUpFutureResource } from '@clerk/react/types'
import type { IdentifierKind } from '../input/normalize-identifier'
import type { JourneyContext } from '../journey/types'

/** What every Clerk Core 3 method resolves: `{ error }`, with `error` null when it worked. */
export interface ClerkResult {
  error: unknown
}

/** The instance's settings as clerk-js loaded them; undefined until Clerk has loaded. */
export type Environment = EnvironmentResource | undefined

/** The two Clerk attempts a factor's calls act on, read live (each call sees Clerk's latest state). */
export interface Attempts {
  signIn: SignInFutureResource
  signUp: SignUpFutureResource
}

/**
 * A sign-in method: whether the instance offers it, and its own typed verbs (each a named Clerk
 * call: `signIn.emailCode.sendCode`, `signIn.mfa.verifyTOTP`…). Registries key factors by Clerk's
 * strategy name (`factors/index.ts`).
 */
export interface Factor {
  /** Whether the instance enables it (for identifiers of `kind`, where that matters). */
  enabled(env: Environment, kind: IdentifierKind): boolean
  readonly [verb: string]: unknown
}

/**
 * The Clerk calls behind a step that sends and checks something: `send` (absent when nothing is
 * sent: TOTP, backup codes) takes the identifier when it also starts the sign-in; `verify` is
 * absent when the user types nothing (an email link).
 */
export interface CodeCalls {
  send?(startWith?: string): Promise<ClerkResult>
  verify?(code: string): Promise<ClerkResult>
}

/**
 * A method the user starts with one action (a button: a passkey, a redirect to a provider): its
 * Clerk call, after which the journey table routes whatever status Clerk answers with. Pass one to
 * `flow.start()`; only the methods an app imports end up in its bundle.
 */
export interface StartableFactor extends Factor {
  start(attempts: Attempts, ctx: JourneyContext): Promise<ClerkResult>
  /** The call sends the browser away (to an identity provider): nothing is routed after it. */
  leavesPage?: boolean
}
