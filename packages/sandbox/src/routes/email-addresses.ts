import type { Route } from '../api/router'
import { isEmail } from '../domain/identifiers'
import { serializeEmailAddress } from '../serialize/user'
import type { EmailRecord } from '../state/records'
import { type IdentificationKind, identificationRoutes } from './identifications'

const emailAddresses: IdentificationKind<EmailRecord> = {
  collection: 'email_addresses',
  param: 'email_address',
  strategies: { email_code: 'email_code', email_link: 'email_link' },
  recordsOf: (user) => user.emails,
  normalize: (value) => (isEmail(value.trim()) ? value.trim() : null),
  valueOf: (record) => record.address,
  create: (id, address) => ({ id, address, verification: null }),
  ownerOf: (sim, address) => sim.store.findUserByEmail(address),
  serialize: serializeEmailAddress,
}

/** `user.createEmailAddress()` and the `EmailAddress` resource: add, verify (code or link), remove. */
export const emailAddressRoutes: Route[] = identificationRoutes(emailAddresses)
