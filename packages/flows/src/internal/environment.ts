import type { EnvironmentResource } from '@clerk/react/types'
import type { IdentifierKind } from '../input/normalize-identifier'
import type { FirstFactorStrategy, FlowMode, SocialProvider } from '../sign-in-or-up/types'

/**
 * The instance's settings, as clerk-js loaded them. Headless code has no public accessor; Clerk's
 * own components read this same property. Undefined until Clerk has loaded.
 */
export function environmentOf(clerk: object): EnvironmentResource | undefined {
  return (clerk as { __internal_environment?: EnvironmentResource }).__internal_environment
}

const KINDS: IdentifierKind[] = ['email_address', 'phone_number', 'username']
const CODE_STRATEGIES: FirstFactorStrategy[] = ['email_code', 'phone_code', 'email_link']

/** The identifiers users sign in with, in Clerk's order. */
export function identifierKinds(env?: EnvironmentResource): IdentifierKind[] {
  return KINDS.filter((kind) => env?.userSettings.attributes[kind]?.used_for_first_factor)
}

/** The code or link strategies (best first) the instance offers for this identifier kind. */
export function codeStrategies(env: EnvironmentResource | undefined, kind: IdentifierKind): FirstFactorStrategy[] {
  const offered = env?.userSettings.attributes[kind]?.first_factors ?? []
  return CODE_STRATEGIES.filter((strategy) => (offered as string[]).includes(strategy))
}

/** Whether passwords are enabled on the instance (a first factor for every identifier). */
export function passwordEnabled(env?: EnvironmentResource): boolean {
  return !!env?.userSettings.attributes.password?.enabled
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

/** Social providers users can sign in with. */
export function socialProviders(env?: EnvironmentResource): SocialProvider[] {
  return Object.values(env?.userSettings.social ?? {})
    .filter((provider) => provider.enabled && provider.authenticatable)
    .map(({ strategy, name }) => ({ strategy, name }))
}
