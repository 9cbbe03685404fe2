import { errors } from '../api/errors'
import { bare, withClient } from '../api/replies'
import type { FapiRequest } from '../api/request'
import type { Route } from '../api/router'
import type { SessionRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { meOf } from './current-user'

/** A session as `SessionWithActivitiesJSON`: the browser it runs in is the test's own. */
function withActivity(session: SessionRecord) {
  return {
    object: 'session',
    id: session.id,
    status: session.status,
    expire_at: session.expireAt,
    abandon_at: session.abandonAt,
    last_active_at: session.lastActiveAt,
    latest_activity: {
      object: 'session_activity',
      id: `sess_activity_${session.id}`,
      browser_name: 'Chrome',
      browser_version: '',
      device_type: 'Desktop',
      ip_address: '127.0.0.1',
      city: '',
      country: '',
      is_mobile: false,
    },
    actor: null,
  }
}

/** `user.getSessions()`: a bare array (clerk-js maps the payload itself, and shows none on an error). */
function activeSessions(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  return bare(
    [...sim.store.sessions.values()]
      .filter((session) => session.userId === user.id && (session.status === 'active' || session.status === 'pending'))
      .map(withActivity),
  )
}

/** `session.revoke()` from the list of the user's sessions: that session ends, wherever it is. */
function revoke(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  const session = sim.store.sessions.get(request.params.id ?? '')
  if (!session || session.userId !== user.id) throw errors.notFound('Session')
  session.status = 'revoked'
  session.updatedAt = sim.now()
  const client = sim.store.client
  client.sessionIds = client.sessionIds.filter((id) => id !== session.id)
  if (client.lastActiveSessionId === session.id) client.lastActiveSessionId = null
  return withClient(sim, withActivity(session))
}

/** The user's sessions on every device, as the "Active devices" of a profile page list them. */
export const mySessionRoutes: Route[] = [
  { method: 'GET', pattern: '/me/sessions/active', handle: activeSessions },
  { method: 'POST', pattern: '/me/sessions/:id/revoke', handle: revoke },
]
