import type { EnvironmentResource } from '@clerk/react/types'
import { type CodeStrategy, codeStrategies, password } from '../factors'
import { enterpriseSso } from '../factors/enterprise-sso'
import type { IdentifierKind } from '../input/normalize-identifier'
import type { FirstFactorStrategy } from '../sign-in-or-up/types'
import type { JourneyContext } from './types'

/** What the instance offers an identifier of one kind: read from its settings once, then plain data. */
export interface IdentifierOffer {
  /** Code or link strategies, best first. */
  codes: CodeStrategy[]
  passwords: boolean
  /** The instance leads with the password (`preferredSignInStrategy`). */
  passwordFirst: boolean
  /** A new account must have a password. */
  passwordRequired: boolean
  /** Enterprise connections may claim an email's domain: only Clerk's sign-in can tell which. */
  enterpriseSso: boolean
}

export const offerFor = (env: EnvironmentResource | undefined, kind: IdentifierKind): IdentifierOffer => ({
  codes: codeStrategies(env, kind),
  passwords: password.enabled(env),
  passwordFirst: env?.displayConfig.preferredSignInStrategy === 'password',
  passwordRequired: password.requiredAtSignUp(env),
  enterpriseSso: enterpriseSso.enabled(env),
})

/** What submitting an identifier does (each a row `identifier.test.ts` covers). */
export type AfterIdentifier =
  /** The password step, shown without a request: the instance makes it the next one. */
  | { call: 'ask-password' }
  /** Intent `sign-up`: create the account with the identifier. */
  | { call: 'sign-up' }
  /**
   * Start a sign-in, then go where its status says. With `firstFactor`, that method's code or link
   * is sent next (or its password asked for); with `signUpIfMissing` (enumeration-safe), the
   * sign-in may become a sign-up. In standard mode a missing account becomes a sign-up.
   */
  | { call: 'sign-in'; firstFactor?: FirstFactorStrategy; signUpIfMissing?: true }
  /** Standard: sending the code starts the sign-in; a missing account becomes a sign-up. */
  | { call: 'send-code'; strategy: CodeStrategy }

/**
 * Decides what an identifier of `kind` leads to, from what the instance offers it and the flow's
 * intent and mode (sign-in-or-up.md's two flows, and Clerk's `preferredSignInStrategy`).
 */
export function afterIdentifier(
  offer: IdentifierOffer,
  { intent, mode }: Pick<JourneyContext, 'intent' | 'mode'>,
  kind: IdentifierKind,
): AfterIdentifier {
  const code = offer.codes[0]
  if (intent === 'sign-up') return offer.passwordRequired ? { call: 'ask-password' } : { call: 'sign-up' }
  // signUpIfMissing needs a code to verify before anyone knows whether the account exists.
  if (code && kind !== 'username' && mode === 'signUpIfMissing') {
    return { call: 'sign-in', firstFactor: code, signUpIfMissing: true }
  }
  const first = offer.passwords && (!code || offer.passwordFirst) ? 'password' : code
  // Identifier-first enterprise SSO: the sign-in is created on its own, so that the table sees the
  // connection Clerk names for the domain before any password or code.
  if (offer.enterpriseSso && kind === 'email_address')
    return first ? { call: 'sign-in', firstFactor: first } : { call: 'sign-in' }
  if (first === 'password') return { call: 'ask-password' }
  return first ? { call: 'send-code', strategy: first } : { call: 'sign-in' }
}
