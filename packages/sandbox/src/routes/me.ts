import { ApiError, errors } from '../api/errors'
import { bare, withClient } from '../api/replies'
import type { FapiRequest } from '../api/request'
import type { Route } from '../api/router'
import { verifyTotp } from '../core/totp'
import { assertPasswordAllowed } from '../domain/passwords'
import { completeTask } from '../domain/sessions'
import { suggestionsFor } from '../domain/suggestions'
import { serializeMemberships, serializeSuggestion, serializeUserInvitation } from '../serialize/organizations'
import { serializeUser } from '../serialize/user'
import type { SessionRecord, SessionTaskKey, UserRecord } from '../state/records'
import type { Simulation } from '../state/simulation'

/** The signed-in session a `/me` request acts for (`_clerk_session_id`, else the last active one). */
function sessionOf(sim: Simulation, request: FapiRequest): SessionRecord {
  const wanted = request.query._clerk_session_id ?? sim.store.client.lastActiveSessionId
  const session = sim.store.signedInSessions().find((candidate) => candidate.id === wanted)
  if (!session)
    throw new ApiError(401, [{ code: 'signed_out', message: 'Signed out', long_message: 'You are signed out.' }])
  return session
}

function meOf(sim: Simulation, request: FapiRequest): UserRecord {
  const user = sim.store.users.get(sessionOf(sim, request).userId)
  if (!user) throw errors.notFound('User')
  return user
}

const userReply = (sim: Simulation, user: UserRecord) => withClient(sim, serializeUser(sim, user))

/** Finishes a session task of the user's sessions (the client then shows them active). */
function finishTask(sim: Simulation, user: UserRecord, task: SessionTaskKey): void {
  for (const session of sim.store.signedInSessions())
    if (session.userId === user.id && session.tasks.includes(task)) completeTask(sim, session, task)
}

/** Clerk's offset pagination, `{ response: { data, total_count } }`; only the page is serialized. */
function page<T>(request: FapiRequest, records: T[], serialize: (records: T[]) => unknown[]) {
  const limit = Number(request.query.limit ?? 10)
  const offset = Number(request.query.offset ?? 0)
  if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(offset) || offset < 0)
    throw errors.paramInvalid('limit', 'limit and offset must be non-negative integers.')
  return bare({ response: { data: serialize(records.slice(offset, offset + limit)), total_count: records.length } })
}

/** `status=pending` or `status=pending,accepted` (how clerk-js sends a list); all when absent. */
const statusFilter = (request: FapiRequest) => {
  const statuses = request.query.status?.split(',')
  return (status: string) => !statuses || statuses.includes(status)
}

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
  finishTask(sim, user, 'reset-password')
  return userReply(sim, user)
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

function totpJSON(sim: Simulation, user: UserRecord, secret: string, verified: boolean, backupCodes?: string[]) {
  const label = encodeURIComponent(sim.instance.applicationName)
  const account = encodeURIComponent(user.emails[0]?.address ?? user.username ?? user.id)
  return {
    object: 'totp',
    id: `totp_${user.id}`,
    secret,
    uri: `otpauth://totp/${label}:${account}?secret=${secret}&issuer=${label}&algorithm=SHA1&digits=6&period=30`,
    verified,
    ...(backupCodes ? { backup_codes: backupCodes } : {}),
    created_at: sim.now(),
    updated_at: sim.now(),
  }
}

const newBackupCodes = (sim: Simulation) => Array.from({ length: 10 }, () => sim.random.token(8))

/** `user.createTOTP()`: a new secret to scan, not active until verified. */
function createTotp(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  if (!sim.instance.mfa.strategies.includes('totp')) throw errors.forbidden('Authenticator apps are not enabled.')
  user.pendingTotpSecret = sim.random.token(32, BASE32)
  return withClient(sim, totpJSON(sim, user, user.pendingTotpSecret, false))
}

/** `user.verifyTOTP({ code })`: enrols the app, hands out backup codes once, completes `setup-mfa`. */
function verifyTotpEnrolment(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  const secret = user.pendingTotpSecret
  if (!secret) throw errors.verificationNotPrepared('totp')
  if (!verifyTotp(secret, request.body.require('code'), sim.now())) throw errors.codeIncorrect()
  user.totpSecret = secret
  user.pendingTotpSecret = null
  const backupCodes = sim.instance.mfa.strategies.includes('backup_code') ? newBackupCodes(sim) : undefined
  if (backupCodes) user.backupCodes = backupCodes
  user.updatedAt = sim.now()
  finishTask(sim, user, 'setup-mfa')
  return withClient(sim, totpJSON(sim, user, secret, true, backupCodes))
}

function disableTotp(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  user.totpSecret = null
  return withClient(sim, { object: 'totp', id: `totp_${user.id}`, deleted: true })
}

function createBackupCodes(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  if (!sim.instance.mfa.strategies.includes('backup_code')) throw errors.forbidden('Backup codes are not enabled.')
  user.backupCodes = newBackupCodes(sim)
  const now = sim.now()
  return withClient(sim, {
    object: 'backup_code',
    id: `bcode_${user.id}`,
    codes: user.backupCodes,
    created_at: now,
    updated_at: now,
  })
}

function invitationsOf(sim: Simulation, user: UserRecord) {
  const addresses = new Set(user.emails.map((email) => email.address.toLowerCase()))
  return [...sim.store.invitations.values()].filter((invitation) =>
    addresses.has(invitation.emailAddress.toLowerCase()),
  )
}

/** Accepting an invitation makes the user a member. */
function acceptInvitation(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  const invitation = invitationsOf(sim, user).find((candidate) => candidate.id === request.params.id)
  if (invitation?.status !== 'pending') throw errors.notFound('Invitation')
  invitation.status = 'accepted'
  sim.store.addMembership(invitation.organizationId, user.id, invitation.role, sim.now())
  return withClient(sim, serializeUserInvitation(sim, invitation))
}

/** Accepting a suggestion asks to join; an admin still has to approve, as in Clerk. */
function acceptSuggestion(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  const suggestion = suggestionsFor(sim, user).find((candidate) => candidate.id === request.params.id)
  if (suggestion?.status !== 'pending') throw errors.notFound('Suggestion')
  suggestion.status = 'accepted'
  return withClient(sim, serializeSuggestion(sim, suggestion))
}

export const meRoutes: Route[] = [
  { method: 'GET', pattern: '/me', handle: (sim, request) => userReply(sim, meOf(sim, request)) },
  { method: 'PATCH', pattern: '/me', handle: update },
  { method: 'POST', pattern: '/me/change_password', handle: changePassword },
  { method: 'POST', pattern: '/me/totp', handle: createTotp },
  { method: 'POST', pattern: '/me/totp/attempt_verification', handle: verifyTotpEnrolment },
  { method: 'DELETE', pattern: '/me/totp', handle: disableTotp },
  { method: 'POST', pattern: '/me/backup_codes', handle: createBackupCodes },
  {
    method: 'GET',
    pattern: '/me/organization_memberships',
    handle: (sim, request) =>
      page(request, sim.store.membershipsOf(meOf(sim, request).id), (memberships) =>
        serializeMemberships(sim, memberships),
      ),
  },
  {
    method: 'GET',
    pattern: '/me/organization_invitations',
    handle: (sim, request) => {
      const wanted = statusFilter(request)
      const invitations = invitationsOf(sim, meOf(sim, request)).filter((invitation) => wanted(invitation.status))
      return page(request, invitations, (records) => records.map((record) => serializeUserInvitation(sim, record)))
    },
  },
  { method: 'POST', pattern: '/me/organization_invitations/:id/accept', handle: acceptInvitation },
  {
    method: 'GET',
    pattern: '/me/organization_suggestions',
    handle: (sim, request) => {
      const wanted = statusFilter(request)
      const suggestions = suggestionsFor(sim, meOf(sim, request)).filter((suggestion) => wanted(suggestion.status))
      return page(request, suggestions, (records) => records.map((record) => serializeSuggestion(sim, record)))
    },
  },
  { method: 'POST', pattern: '/me/organization_suggestions/:id/accept', handle: acceptSuggestion },
]
