import { errors } from '../api/errors'
import { bare, withClient } from '../api/replies'
import type { FapiRequest } from '../api/request'
import type { Route } from '../api/router'
import { completeTask } from '../domain/sessions'
import { sessionToken } from '../domain/tokens'
import { serializeClient, serializeSession } from '../serialize/client'
import type { SessionRecord } from '../state/records'
import type { Simulation } from '../state/simulation'

/** A signed-in session of the client; 404 for anything else (ended, or another client's). */
function sessionOf(sim: Simulation, request: FapiRequest): SessionRecord {
  const session = sim.store.signedInSessions().find((candidate) => candidate.id === request.params.id)
  if (!session) throw errors.notFound('Session')
  return session
}

/** The organization to make active: `''` means none; any other must be one of the user's. */
function organizationParam(sim: Simulation, session: SessionRecord, value: string | undefined) {
  if (value === undefined || value === '') return null
  const isMember = sim.store.membershipsOf(session.userId).some((membership) => membership.organizationId === value)
  if (!isMember) throw errors.forbidden('You are no longer a member of this organization.')
  return value
}

/** setActive: touches the session, switching its active organization (which completes choose-organization). */
function touch(sim: Simulation, request: FapiRequest) {
  const session = sessionOf(sim, request)
  if (request.body.has('active_organization_id')) {
    session.lastActiveOrganizationId = organizationParam(sim, session, request.body.get('active_organization_id'))
    if (session.lastActiveOrganizationId && session.tasks.includes('choose-organization'))
      completeTask(sim, session, 'choose-organization')
  }
  session.lastActiveAt = sim.now()
  sim.store.client.lastActiveSessionId = session.id
  return withClient(sim, serializeSession(sim, session))
}

/** getToken: a bare `{ object: 'token', jwt }` (clerk-js reads `json.jwt` directly). */
function token(sim: Simulation, request: FapiRequest) {
  const session = sessionOf(sim, request)
  const organizationId = request.body.has('organization_id')
    ? organizationParam(sim, session, request.body.get('organization_id'))
    : session.lastActiveOrganizationId
  return bare({ object: 'token', jwt: sessionToken(sim, session, organizationId) })
}

function endSession(status: 'ended' | 'removed') {
  return (sim: Simulation, request: FapiRequest) => {
    const session = sessionOf(sim, request)
    session.status = status
    session.updatedAt = sim.now()
    const client = sim.store.client
    client.sessionIds = client.sessionIds.filter((id) => id !== session.id)
    if (client.lastActiveSessionId === session.id) client.lastActiveSessionId = null
    return withClient(sim, serializeSession(sim, session))
  }
}

/** signOut(): every session of the client ends, and the client forgets its sign-in and sign-up. */
function signOutAll(sim: Simulation) {
  const client = sim.store.client
  for (const session of sim.store.signedInSessions()) {
    session.status = 'ended'
    session.updatedAt = sim.now()
  }
  client.sessionIds = []
  client.lastActiveSessionId = null
  client.signInId = null
  client.signUpId = null
  client.updatedAt = sim.now()
  return withClient(sim, serializeClient(sim))
}

export const sessionRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/client/sessions/:id',
    handle: (sim, r) => withClient(sim, serializeSession(sim, sessionOf(sim, r))),
  },
  { method: 'POST', pattern: '/client/sessions/:id/touch', handle: touch },
  { method: 'POST', pattern: '/client/sessions/:id/tokens', handle: token },
  { method: 'POST', pattern: '/client/sessions/:id/tokens/:template', handle: token },
  { method: 'POST', pattern: '/client/sessions/:id/end', handle: endSession('ended') },
  { method: 'POST', pattern: '/client/sessions/:id/remove', handle: endSession('removed') },
  { method: 'DELETE', pattern: '/client/sessions', handle: signOutAll },
]
