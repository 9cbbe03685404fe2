// The journey as data: from Clerk's sign-in or sign-up as it is now, and what the user asked for,
// to what comes next. Pure — no React, no Clerk calls — so every row is tested on plain objects
// (route.test.ts) and docs/architecture.md's diagram is drawn by running these tables.
import type { SignInStatus, SignUpStatus } from '@clerk/react/types'
import { inputError } from '../errors/normalize-error'
import { firstFactorStep, SECOND_FACTORS } from '../factors'
import { type EnterpriseConnection, enterpriseSso } from '../factors/enterprise-sso'
import type { ProtectChallenge } from '../factors/protect'
import type { SecondFactorStrategy } from '../sign-in-or-up/types'
import type { Attempt, JourneyContext, ListedFactor, Next, SignInSnapshot, SignUpSnapshot } from './types'

/** The masked address or number Clerk lists for a factor, when it lists one. */
const maskedFor = (factors: readonly ListedFactor[], strategy: string) =>
  factors.find((factor) => factor.strategy.startsWith(strategy))?.safeIdentifier ?? ''

/**
 * Where a code of `strategy` goes, as a step shows it: the identifier typed, but for a username
 * Clerk's masked address of the factor (a username is not where a code is sent).
 */
export const shownIdentifier = (
  signIn: Pick<SignInSnapshot, 'supportedFirstFactors'>,
  { kind, identifier }: Pick<JourneyContext, 'kind' | 'identifier'>,
  strategy: string,
) => (kind === 'username' ? maskedFor(signIn.supportedFirstFactors, strategy) : identifier)

/** The Protect step for an attempt; without a challenge to run, it says the check cannot be done. */
const protectStep = (attempt: Attempt, challenge: ProtectChallenge | null): Next => ({
  step: { name: 'protect-check', attempt, challenge },
  ...(!challenge && { error: inputError('protect_check', undefined, 'not_allowed') }),
})

/**
 * Every `signIn.status` Clerk defines, and what follows it. A mapped type over `SignInStatus`: when
 * Clerk adds a status, this object stops type-checking until the new status is routed.
 */
export const signInTable: { [Status in SignInStatus]: (signIn: SignInSnapshot, ctx: JourneyContext) => Next } = {
  needs_identifier: () => ({ step: { name: 'identifier' } }),

  // An enterprise connection first (identifier-first SSO: one goes straight there, several are a
  // choice); else the method the user chose, or the instance's default; with neither, a choice.
  needs_first_factor: (signIn, ctx) => {
    const connections = enterpriseSso.connections(signIn.supportedFirstFactors)
    if (connections.length === 1) return { sso: connections[0] as EnterpriseConnection }
    if (connections.length) return { step: { name: 'enterprise-sso', connections } }
    const { firstFactor } = ctx
    if (firstFactor === 'password') return { step: { name: 'password' } }
    if (!firstFactor) return { step: { name: 'choose-strategy', strategies: ctx.strategies } }
    return { step: firstFactorStep(firstFactor, shownIdentifier(signIn, ctx, firstFactor)), send: true }
  },

  // The factor the user chose, else the first Clerk lists; codes by SMS or email are sent first.
  needs_second_factor: (signIn, { secondFactor }) => {
    const listed = signIn.supportedSecondFactors.map((factor) => factor.strategy)
    const available = (Object.keys(SECOND_FACTORS) as SecondFactorStrategy[]).filter((strategy) =>
      listed.includes(strategy),
    )
    const strategy = secondFactor ?? available[0] ?? 'totp'
    const safeIdentifier = maskedFor(signIn.supportedSecondFactors, strategy)
    return {
      step: { name: 'second-factor', strategy, available, ...(safeIdentifier && { safeIdentifier }) },
      send: strategy === 'phone_code' || strategy === 'email_code',
    }
  },

  // A known password on a new device (client trust): confirmed by a code, SMS when Clerk offers it.
  needs_client_trust: (signIn, { identifier }) => {
    const factor = signIn.supportedSecondFactors.find(
      (candidate) => candidate.strategy === 'phone_code' || candidate.strategy === 'email_code',
    )
    const strategy = factor?.strategy === 'phone_code' ? 'phone_code' : 'email_code'
    const safeIdentifier = factor?.safeIdentifier || identifier
    return { step: { name: 'client-trust', strategy, safeIdentifier }, send: true }
  },

  needs_new_password: () => ({ step: { name: 'new-password' } }),

  // Clerk Protect wants a challenge run in the page before the sign-in goes on.
  needs_protect_check: (signIn) => protectStep('sign-in', signIn.protectCheck),

  complete: () => ({ finalize: 'sign-in' }),
}

/** What follows Clerk's sign-in: a transferable one becomes a sign-up, anything else by its status. */
export function signInNext(signIn: SignInSnapshot, ctx: JourneyContext): Next {
  // Verified (a social account, an email link, a signUpIfMissing code) but no account has it.
  if (signIn.isTransferable) return { transfer: true }
  return signInTable[signIn.status](signIn, ctx)
}

/** Every `signUp.status` Clerk defines, and what follows it (exhaustive, as `signInTable`). */
export const signUpTable: { [Status in SignUpStatus]: (signUp: SignUpSnapshot) => Next } = {
  // Fields first, then the email address or phone number is verified by a code.
  missing_requirements: (signUp) => {
    if (signUp.missingFields.includes('protect_check')) return protectStep('sign-up', signUp.protectCheck)
    const channel = signUp.missingFields.length
      ? undefined
      : signUp.unverifiedFields.find((field) => field === 'email_address' || field === 'phone_number')
    // A requirement Flowkit has no step for is shown among the missing fields, never skipped.
    if (!channel) return { step: { name: 'missing-requirements' } }
    const safeIdentifier = (channel === 'email_address' ? signUp.emailAddress : signUp.phoneNumber) ?? ''
    return { step: { name: 'verify-sign-up', channel, safeIdentifier }, send: true }
  },

  // Clerk drops a sign-up left unfinished for a day.
  abandoned: () => ({ restart: inputError('sign_up_abandoned', undefined, 'attempt_expired') }),

  complete: () => ({ finalize: 'sign-up' }),
}

/** What follows Clerk's sign-up, by its status (whoever started it: the journey, a transfer, a ticket). */
export function signUpNext(signUp: SignUpSnapshot): Next {
  return signUpTable[signUp.status](signUp)
}
