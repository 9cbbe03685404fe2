import type { ClientJSON, SessionJSON } from '@clerk/shared/types'
import { sessionToken } from '../domain/tokens'
import type { SessionRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { publicUserData } from './public-user-data'
import { serializeSignIn } from './sign-in'
import { serializeSignUp } from './sign-up'
import { serializeUser } from './user'

/** A session with its user and a fresh `last_active_token` (so clerk-js needs no token request). */
export function serializeSession(sim: Simulation, session: SessionRecord): SessionJSON {
  const user = sim.store.users.get(session.userId)
  if (!user) throw new Error(`sandbox: session ${session.id} has no user`)
  return {
    object: 'session',
    id: session.id,
    status: session.status,
    tasks: session.tasks.length > 0 ? session.tasks.map((key) => ({ key })) : null,
    factor_verification_age: [0, -1],
    expire_at: session.expireAt,
    abandon_at: session.abandonAt,
    last_active_at: session.lastActiveAt,
    last_active_token: { object: 'token', id: '', jwt: sessionToken(sim, session) },
    last_active_organization_id: session.lastActiveOrganizationId,
    actor: null,
    user: serializeUser(sim, user),
    public_user_data: publicUserData(user),
    created_at: session.createdAt,
    updated_at: session.updatedAt,
  } as SessionJSON
}

/** The whole client: what every mutation answers alongside its resource. */
export function serializeClient(sim: Simulation): ClientJSON {
  const { client } = sim.store
  const signIn = client.signInId ? sim.store.signIns.get(client.signInId) : undefined
  const signUp = client.signUpId ? sim.store.signUps.get(client.signUpId) : undefined
  return {
    object: 'client',
    id: client.id,
    sessions: sim.store.signedInSessions().map((session) => serializeSession(sim, session)),
    sign_in: signIn ? serializeSignIn(sim, signIn) : null,
    sign_up: signUp ? serializeSignUp(sim, signUp) : null,
    last_active_session_id: client.lastActiveSessionId,
    captcha_bypass: false,
    cookie_expires_at: null,
    last_authentication_strategy: client.lastAuthenticationStrategy,
    created_at: client.createdAt,
    updated_at: client.updatedAt,
  } as ClientJSON
}
