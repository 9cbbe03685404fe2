import type { IdentifierKind } from '../input/normalize-identifier'
import type { Environment } from './types'

/** Whether the instance offers `strategy` as a first factor for identifiers of `kind`. */
export function offered(env: Environment, kind: IdentifierKind, strategy: string): boolean {
  return (env?.userSettings.attributes[kind]?.first_factors ?? []).some((offer) => offer === strategy)
}

/** The Clerk name of the identifier of `kind` in a call's params: `emailAddress`, `phoneNumber`. */
export const paramOf = (kind: IdentifierKind) =>
  kind === 'phone_number' ? 'phoneNumber' : kind === 'username' ? 'username' : 'emailAddress'
