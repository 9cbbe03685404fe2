import { errors } from '../api/errors'
import { withClient } from '../api/replies'
import type { FapiRequest } from '../api/request'
import type { Route } from '../api/router'
import type { OutboxMessage } from '../core/outbox'
import { checkCode, sendVerification } from '../domain/verification'
import type { EmailRecord, PhoneRecord, UserRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { meOf } from './current-user'

/** What differs between a user's email addresses and phone numbers; the routes are the same. */
export interface IdentificationKind<R extends EmailRecord | PhoneRecord> {
  /** The path segment under `/me`: `email_addresses` or `phone_numbers`. */
  collection: string
  /** The form field `create` sends, and the `param_name` of its errors. */
  param: 'email_address' | 'phone_number'
  /** The strategies `prepare_verification` accepts, and how each is sent. */
  strategies: Record<string, OutboxMessage['kind']>
  /** The user's records of this kind, in order (the first verified one is the primary). */
  recordsOf(user: UserRecord): R[]
  /** The value in its stored form, or null when it is not a valid one. */
  normalize(value: string): string | null
  valueOf(record: R): string
  /** A new, unverified record. */
  create(id: string, value: string): R
  /** Whose verified identification the value already is. */
  ownerOf(sim: Simulation, value: string): UserRecord | undefined
  serialize(user: UserRecord, record: R): unknown
}

/** The user's record the path names; 404 for anyone else's. */
export function recordOf<R extends EmailRecord | PhoneRecord>(
  kind: IdentificationKind<R>,
  user: UserRecord,
  request: FapiRequest,
): R {
  const record = kind.recordsOf(user).find((candidate) => candidate.id === request.params.id)
  if (!record) throw errors.notFound(kind.param === 'email_address' ? 'Email address' : 'Phone number')
  return record
}

/**
 * `POST /me/<collection>`, `GET|DELETE /me/<collection>/:id` and `…/:id/prepare_verification|attempt_verification`:
 * how clerk-js's `EmailAddress` and `PhoneNumber` resources add, verify and remove a user's own.
 */
export function identificationRoutes<R extends EmailRecord | PhoneRecord>(kind: IdentificationKind<R>): Route[] {
  const reply = (sim: Simulation, user: UserRecord, record: R) => withClient(sim, kind.serialize(user, record))

  const create = (sim: Simulation, request: FapiRequest) => {
    const user = meOf(sim, request)
    const value = kind.normalize(request.body.require(kind.param))
    if (value === null) throw errors.paramInvalid(kind.param)
    const mine = kind.recordsOf(user).some((record) => kind.valueOf(record) === value)
    if (mine || kind.ownerOf(sim, value)) throw errors.identifierExists(kind.param)
    const record = kind.create(sim.ids.next('idn'), value)
    kind.recordsOf(user).push(record)
    user.updatedAt = sim.now()
    return reply(sim, user, record)
  }

  const prepare = (sim: Simulation, request: FapiRequest) => {
    const user = meOf(sim, request)
    const record = recordOf(kind, user, request)
    const strategy = request.body.require('strategy')
    const deliver = kind.strategies[strategy]
    if (!deliver) throw errors.strategyInvalid(strategy)
    record.verification = sendVerification(sim, {
      strategy,
      kind: deliver,
      purpose: 'verify_identification',
      to: kind.valueOf(record),
      redirectUrl: request.body.get('redirect_url') ?? null,
    })
    return reply(sim, user, record)
  }

  const attempt = (sim: Simulation, request: FapiRequest) => {
    const user = meOf(sim, request)
    const record = recordOf(kind, user, request)
    const strategy = record.verification?.strategy ?? Object.keys(kind.strategies)[0] ?? ''
    checkCode(sim, record.verification, strategy, request.body.require('code'))
    // Proven now: nobody else may have it verified meanwhile (the first to verify keeps it).
    const owner = kind.ownerOf(sim, kind.valueOf(record))
    if (owner && owner !== user) throw errors.identifierExists(kind.param)
    user.updatedAt = sim.now()
    return reply(sim, user, record)
  }

  const remove = (sim: Simulation, request: FapiRequest) => {
    const user = meOf(sim, request)
    const record = recordOf(kind, user, request)
    const waysIn = user.emails.length + user.phones.length + user.externalAccounts.length + (user.username ? 1 : 0)
    if (waysIn === 1) throw errors.forbidden('You cannot remove the only way you sign in.')
    const records = kind.recordsOf(user)
    records.splice(records.indexOf(record), 1)
    user.updatedAt = sim.now()
    return withClient(sim, { object: kind.param, id: record.id, deleted: true })
  }

  const base = `/me/${kind.collection}`
  return [
    { method: 'POST', pattern: base, handle: create },
    {
      method: 'GET',
      pattern: `${base}/:id`,
      handle: (sim, request) => {
        const user = meOf(sim, request)
        return reply(sim, user, recordOf(kind, user, request))
      },
    },
    { method: 'POST', pattern: `${base}/:id/prepare_verification`, handle: prepare },
    { method: 'POST', pattern: `${base}/:id/attempt_verification`, handle: attempt },
    { method: 'DELETE', pattern: `${base}/:id`, handle: remove },
  ]
}
