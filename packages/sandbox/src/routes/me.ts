import { errors } from '../api/errors'
import { withClient } from '../api/replies'
import type { FapiRequest } from '../api/request'
import type { Route } from '../api/router'
import { assertPasswordAllowed } from '../domain/passwords'
import { completeUserTask } from '../domain/sessions'
import { serializeUser } from '../serialize/user'
import type { EmailRecord, PhoneRecord, UserRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { isVerified } from '../state/store'
import { meOf, sessionOf } from './current-user'

const userReply = (sim: Simulation, user: UserRecord) => withClient(sim, serializeUser(sim, user))

/** Moves a verified identification to the front: the first verified one is the primary. */
function makePrimary<R extends EmailRecord | PhoneRecord>(records: R[], id: string, param: string) {
  const record = records.find((candidate) => candidate.id === id)
  if (!record || !isVerified(record)) throw errors.paramInvalid(param, 'Only a verified one can be primary.')
  records.splice(records.indexOf(record), 1)
  records.unshift(record)
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Applies an RFC 7396 merge patch, as `PATCH /me/metadata` does: objects merge, `null` deletes a key. */
function mergePatch(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...target }
  for (const [key, value] of Object.entries(patch)) {
    const current = merged[key]
    if (value === null) delete merged[key]
    else if (isPlainObject(value)) merged[key] = mergePatch(isPlainObject(current) ? current : {}, value)
    else merged[key] = value
  }
  return merged
}

/** A JSON object field (`unsafe_metadata` is sent as a JSON string); `form_param_format_invalid` otherwise. */
function jsonObject(request: FapiRequest, param: string): Record<string, unknown> | undefined {
  const text = request.body.get(param)
  if (text === undefined) return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {}
  if (!isPlainObject(value)) throw errors.paramInvalid(param, `${param} must be a JSON object.`)
  return value
}

/** `user.updateMetadata({ unsafeMetadata })`: merges into what the user has. */
function updateMetadata(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  const patch = jsonObject(request, 'unsafe_metadata')
  if (patch) user.unsafeMetadata = mergePatch(user.unsafeMetadata, patch)
  user.updatedAt = sim.now()
  return userReply(sim, user)
}

/** `user.update()`: names, username, and which verified email address or phone number is primary. */
function update(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  const username = request.body.get('username')
  if (username !== undefined) {
    const owner = sim.store.findUserByUsername(username)
    if (owner && owner !== user) throw errors.identifierExists('username')
    user.username = username
  }
  user.firstName = request.body.get('first_name') ?? user.firstName
  user.lastName = request.body.get('last_name') ?? user.lastName
  const primaryEmail = request.body.get('primary_email_address_id')
  if (primaryEmail) makePrimary(user.emails, primaryEmail, 'primary_email_address_id')
  const primaryPhone = request.body.get('primary_phone_number_id')
  if (primaryPhone) makePrimary(user.phones, primaryPhone, 'primary_phone_number_id')
  // Older clerk-js sends the whole unsafe metadata here, replacing it.
  user.unsafeMetadata = jsonObject(request, 'unsafe_metadata') ?? user.unsafeMetadata
  user.updatedAt = sim.now()
  return userReply(sim, user)
}

/** `user.updatePassword()`: also what the `reset-password` task asks for. */
function changePassword(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  const current = request.body.get('current_password')
  if (current !== undefined && user.password !== null && current !== user.password)
    throw errors.passwordIncorrect('current_password')
  const password = request.body.require('new_password')
  if (password === user.password)
    throw errors.paramInvalid('new_password', 'New password cannot be the same as the current password.')
  assertPasswordAllowed(sim, password)
  user.password = password
  user.passwordCompromised = false
  user.updatedAt = sim.now()
  if (request.body.flag('sign_out_of_other_sessions')) {
    const current = sessionOf(sim, request)
    for (const session of sim.store.signedInSessions())
      if (session.userId === user.id && session.id !== current.id) session.status = 'ended'
  }
  completeUserTask(sim, user, 'reset-password')
  return userReply(sim, user)
}

/** `user.removePassword({ currentPassword })`. */
function removePassword(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  if (user.password !== null && request.body.require('current_password') !== user.password)
    throw errors.passwordIncorrect('current_password')
  user.password = null
  user.updatedAt = sim.now()
  return userReply(sim, user)
}

/** `user.delete()`: the user and every session of theirs are gone; clerk-js then signs out. */
function deleteUser(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  for (const session of sim.store.sessions.values())
    if (session.userId === user.id && (session.status === 'active' || session.status === 'pending'))
      session.status = 'ended'
  const client = sim.store.client
  client.sessionIds = client.sessionIds.filter((id) => sim.store.sessions.get(id)?.userId !== user.id)
  if (!client.sessionIds.includes(client.lastActiveSessionId ?? '')) client.lastActiveSessionId = null
  for (const membership of sim.store.membershipsOf(user.id)) sim.store.memberships.delete(membership.id)
  sim.store.users.delete(user.id)
  return withClient(sim, { object: 'user', id: user.id, deleted: true })
}

export const meRoutes: Route[] = [
  { method: 'GET', pattern: '/me', handle: (sim, request) => userReply(sim, meOf(sim, request)) },
  { method: 'PATCH', pattern: '/me', handle: update },
  { method: 'DELETE', pattern: '/me', handle: deleteUser },
  { method: 'PATCH', pattern: '/me/metadata', handle: updateMetadata },
  { method: 'POST', pattern: '/me/change_password', handle: changePassword },
  { method: 'POST', pattern: '/me/remove_password', handle: removePassword },
]
