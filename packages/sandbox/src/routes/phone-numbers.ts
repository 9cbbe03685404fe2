import { errors } from '../api/errors'
import { withClient } from '../api/replies'
import type { FapiRequest } from '../api/request'
import type { Route } from '../api/router'
import { secondFactorEnrolled } from '../domain/enrol-second-factor'
import { isPhoneNumber } from '../domain/identifiers'
import { serializePhoneNumber } from '../serialize/user'
import type { PhoneRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { isVerified } from '../state/store'
import { meOf } from './current-user'
import { type IdentificationKind, identificationRoutes, recordOf } from './identifications'

const phoneNumbers: IdentificationKind<PhoneRecord> = {
  collection: 'phone_numbers',
  param: 'phone_number',
  strategies: { phone_code: 'phone_code' },
  recordsOf: (user) => user.phones,
  normalize: (value) => {
    const compact = value.replace(/[\s()-]/g, '')
    return isPhoneNumber(compact) ? compact : null
  },
  valueOf: (record) => record.number,
  create: (id, number) => ({
    id,
    number,
    verification: null,
    reservedForSecondFactor: false,
    defaultSecondFactor: false,
  }),
  ownerOf: (sim, number) => sim.store.findUserByPhone(number),
  serialize: (_user, record) => serializePhoneNumber(record),
}

/**
 * `phone.setReservedForSecondFactor({ reserved })` and `phone.makeDefaultSecondFactor()`. Reserving
 * a verified number enrols it for SMS codes at sign-in: the first second factor hands out backup codes
 * (in this answer only) and completes the `setup-mfa` task, as Clerk does.
 */
function update(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  const phone = recordOf(phoneNumbers, user, request)
  let backupCodes: string[] | undefined
  if (request.body.has('reserved_for_second_factor')) {
    const reserve = request.body.flag('reserved_for_second_factor')
    if (reserve && !sim.instance.mfa.strategies.includes('phone_code'))
      throw errors.forbidden('SMS codes are not enabled for two-step verification.')
    if (reserve && !isVerified(phone))
      throw errors.paramInvalid(
        'reserved_for_second_factor',
        'Verify the phone number before using it for two-step verification.',
      )
    if (reserve && !phone.reservedForSecondFactor) {
      phone.reservedForSecondFactor = true
      phone.defaultSecondFactor = !user.phones.some((other) => other.defaultSecondFactor)
      backupCodes = secondFactorEnrolled(sim, user)
    } else if (!reserve) {
      phone.reservedForSecondFactor = false
      phone.defaultSecondFactor = false
    }
  }
  if (request.body.flag('default_second_factor')) {
    if (!phone.reservedForSecondFactor)
      throw errors.paramInvalid(
        'default_second_factor',
        'Only a number used for two-step verification can be the default.',
      )
    for (const other of user.phones) other.defaultSecondFactor = other === phone
  }
  user.updatedAt = sim.now()
  return withClient(sim, serializePhoneNumber(phone, backupCodes))
}

/** `user.createPhoneNumber()` and the `PhoneNumber` resource: add, verify by SMS, reserve for 2FA, remove. */
export const phoneNumberRoutes: Route[] = [
  ...identificationRoutes(phoneNumbers),
  { method: 'PATCH', pattern: '/me/phone_numbers/:id', handle: update },
]
