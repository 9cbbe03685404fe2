import { errors } from '../api/errors'
import type { IdentifierName } from '../config/types'
import type { UserRecord } from '../state/records'
import type { Simulation } from '../state/simulation'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE = /^\+[1-9]\d{5,14}$/

/** What kind of identifier a string is, among those the instance accepts; `form_param_format_invalid` otherwise. */
export function identifierKind(sim: Simulation, identifier: string): IdentifierName {
  const accepted = sim.instance.identifiers
  const compact = identifier.replace(/[\s()-]/g, '')
  if (identifier.includes('@')) {
    if (accepted.includes('email_address') && EMAIL.test(identifier)) return 'email_address'
  } else if (/^\+?\d/.test(compact) && PHONE.test(compact)) {
    if (accepted.includes('phone_number')) return 'phone_number'
  } else if (accepted.includes('username') && identifier.trim().length > 0) {
    return 'username'
  }
  const expected = accepted.map((name) => name.replace('_', ' ')).join(' or ')
  throw errors.paramInvalid('identifier', `Enter a valid ${expected}.`)
}

/** The user an identifier of a kind belongs to. */
export function findUser(sim: Simulation, kind: IdentifierName, identifier: string): UserRecord | undefined {
  switch (kind) {
    case 'email_address':
      return sim.store.findUserByEmail(identifier)
    case 'phone_number':
      return sim.store.findUserByPhone(identifier)
    case 'username':
      return sim.store.findUserByUsername(identifier)
  }
}

export function isEmail(value: string): boolean {
  return EMAIL.test(value)
}

export function isPhoneNumber(value: string): boolean {
  return PHONE.test(value)
}
