import type { EnvironmentResource } from '@clerk/react/types'
import { codeStrategies, password } from '../factors'
import { type IdentifierKind, normalizeIdentifier } from '../input/normalize-identifier'
import type { FirstFactorStrategy, FlowMode, SignInOrUpOptions } from '../sign-in-or-up/types'
import type { JourneyContext } from './types'

const KINDS: IdentifierKind[] = ['email_address', 'phone_number', 'username']

/** The identifiers users sign in with, in Clerk's order. */
export function identifierKinds(env?: EnvironmentResource): IdentifierKind[] {
  return KINDS.filter((kind) => env?.userSettings.attributes[kind]?.used_for_first_factor)
}

/**
 * `signUpIfMissing` whenever Clerk allows it: public sign-up, and an email or phone identifier with
 * a code or link strategy (see sign-in-or-up.md, "Restrictions"). Otherwise `standard`.
 */
export function defaultMode(env?: EnvironmentResource): FlowMode {
  const allowed =
    env?.userSettings.signUp.mode === 'public' &&
    identifierKinds(env).some((kind) => kind !== 'username' && codeStrategies(env, kind).length > 0)
  return allowed ? 'signUpIfMissing' : 'standard'
}

/** The journey's context for the identifier in use, read from the instance and the options. */
export interface JourneySetup extends JourneyContext {
  /** The identifier kinds the instance accepts. */
  kinds: IdentifierKind[]
}

/** What the instance offers for `identifier` (its kind decides), under the flow's options. */
export function journeyContext(
  env: EnvironmentResource | undefined,
  options: SignInOrUpOptions,
  identifier: string,
): JourneySetup {
  const kinds = identifierKinds(env)
  const intent = options.intent ?? 'sign-in-or-up'
  const mode = intent === 'sign-in-or-up' ? (options.mode ?? defaultMode(env)) : 'standard'
  const kind = normalizeIdentifier(identifier, { accepts: kinds }).kind ?? 'email_address'
  const codes = codeStrategies(env, kind)
  // signUpIfMissing verifies by code before anyone knows whether the account exists: no password.
  const strategies: FirstFactorStrategy[] =
    mode === 'signUpIfMissing' && kind !== 'username' && codes.length
      ? codes
      : [...(password.enabled(env) ? (['password'] as const) : []), ...codes]
  // Both provider URLs bring the user back to a page with this flow, which finishes there.
  const returnTo = options.ssoCallbackUrl ?? (typeof window === 'undefined' ? '' : window.location.href)
  return { intent, mode, identifier, kind, kinds, strategies, returnTo }
}
