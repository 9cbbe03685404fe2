import { ApiError, errors } from '../api/errors'
import type { FapiRequest } from '../api/request'
import type { SessionRecord, UserRecord } from '../state/records'
import type { Simulation } from '../state/simulation'

/**
 * The signed-in session a request acts for: clerk-js names it in `_clerk_session_id` on every path
 * outside `/client`; else the client's last active one. A 401 when there is none, as Clerk answers.
 */
export function sessionOf(sim: Simulation, request: FapiRequest): SessionRecord {
  const wanted = request.query.get('_clerk_session_id') ?? sim.store.client.lastActiveSessionId
  const session = sim.store.signedInSessions().find((candidate) => candidate.id === wanted)
  if (!session)
    throw new ApiError(401, [{ code: 'signed_out', message: 'Signed out', long_message: 'You are signed out.' }])
  return session
}

/** The user of that session. */
export function meOf(sim: Simulation, request: FapiRequest): UserRecord {
  const user = sim.store.users.get(sessionOf(sim, request).userId)
  if (!user) throw errors.notFound('User')
  return user
}
