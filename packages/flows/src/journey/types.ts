import type { SignInStatus, SignUpStatus } from '@clerk/react/types'
import type { FlowError } from '../errors/types'
import type { EnterpriseConnection } from '../factors/enterprise-sso'
import type { ProtectChallenge } from '../factors/protect'
import type { IdentifierKind } from '../input/normalize-identifier'
import type {
  FirstFactorStrategy,
  FlowIntent,
  FlowMode,
  SecondFactorStrategy,
  SignInOrUpStep,
} from '../sign-in-or-up/types'

/** A factor as Clerk lists it on a sign-in: its strategy, and where a code goes (masked). */
export interface ListedFactor {
  strategy: string
  safeIdentifier?: string
  /** For `enterprise_sso`: which connection, by id and name. */
  enterpriseConnectionId?: string
  enterpriseConnectionName?: string
}

/**
 * What the journey reads of Clerk's sign-in. Clerk's `SignInFutureResource` is one; a test writes
 * a plain object.
 */
export interface SignInSnapshot {
  status: SignInStatus
  /** Verified, but no account has it: Clerk can carry it over to a sign-up. */
  isTransferable: boolean
  supportedFirstFactors: readonly ListedFactor[]
  supportedSecondFactors: readonly ListedFactor[]
  /** The Protect challenge pending, when `status` is `needs_protect_check`. */
  protectCheck: ProtectChallenge | null
}

/** What the journey reads of Clerk's sign-up. Clerk's `SignUpFutureResource` is one. */
export interface SignUpSnapshot {
  status: SignUpStatus
  /** The Protect challenge pending, when `missingFields` holds `protect_check`. */
  protectCheck: ProtectChallenge | null
  missingFields: readonly string[]
  unverifiedFields: readonly string[]
  emailAddress: string | null
  phoneNumber: string | null
}

/** Which of the two Clerk attempts something is about. */
export type Attempt = 'sign-in' | 'sign-up'

/**
 * What the journey knows besides Clerk's resources: the instance's offer for the identifier, and
 * what the user asked for (the method they chose, or the instance's default).
 */
export interface JourneyContext {
  intent: FlowIntent
  mode: FlowMode
  /** The identifier the user submitted, normalised, and its kind. */
  identifier: string
  kind: IdentifierKind
  /** The first factors offered for this identifier, in the order "use another method" lists them. */
  strategies: FirstFactorStrategy[]
  /** The first factor the user is going for, when they chose one or the instance decides. */
  firstFactor?: FirstFactorStrategy | undefined
  /** The second factor the user chose, when they chose one. */
  secondFactor?: SecondFactorStrategy | undefined
  /** Where a provider sends the browser back to (`ssoCallbackUrl`, else this page). */
  returnTo: string
}

/** What follows a Clerk status: a step to show, or one of the journey's other outcomes. */
export type Next =
  /** Show `step`; with `send`, its code or link is sent first. `error` is shown there. */
  | { step: SignInOrUpStep; send?: boolean; error?: FlowError }
  /** The attempt is complete: activate its session. */
  | { finalize: Attempt }
  /** The identifier belongs to one enterprise connection: off to its identity provider. */
  | { sso: EnterpriseConnection }
  /** The sign-in found no account for what it verified: continue as a sign-up (`transfer: true`). */
  | { transfer: true }
  /** The attempt is gone at Clerk: back to the identifier, kept, saying why. */
  | { restart: FlowError }
