import type { SessionRecord, SessionTaskKey, UserRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { hasSecondFactor } from './second-factors'

const DAY = 24 * 60 * 60 * 1000

interface SessionOptions {
  passwordCompromised?: boolean
  /** Tasks the session starts with before the instance's own (e.g. one a newer Clerk adds). */
  extraTasks?: SessionTaskKey[]
}

/** The session tasks a new session starts with, in the order Clerk asks for them. */
export function tasksFor(sim: Simulation, user: UserRecord, options: SessionOptions = {}) {
  const tasks: SessionTaskKey[] = [...(options.extraTasks ?? [])]
  if (options.passwordCompromised) tasks.push('reset-password')
  if (sim.instance.mfa.required && !hasSecondFactor(user)) tasks.push('setup-mfa')
  if (sim.instance.organizations.enabled && sim.instance.organizations.forceSelection) tasks.push('choose-organization')
  return tasks
}

/**
 * Signs the user in on the client: a new session (pending while it has tasks) becomes the client's
 * last active one. In single-session mode the client's other sessions end.
 */
export function createSession(sim: Simulation, user: UserRecord, options: SessionOptions = {}) {
  const now = sim.now()
  const tasks = tasksFor(sim, user, options)
  const session: SessionRecord = {
    id: sim.ids.next('sess'),
    userId: user.id,
    status: tasks.length > 0 ? 'pending' : 'active',
    tasks,
    lastActiveOrganizationId: null,
    createdAt: now,
    updatedAt: now,
    lastActiveAt: now,
    expireAt: now + 7 * DAY,
    abandonAt: now + 30 * DAY,
  }
  const client = sim.store.client
  for (const other of sim.store.signedInSessions()) {
    other.status = 'ended'
    other.updatedAt = now
  }
  sim.store.sessions.set(session.id, session)
  client.sessionIds = [...client.sessionIds.filter((id) => sim.store.sessions.get(id)?.status !== 'ended'), session.id]
  client.lastActiveSessionId = session.id
  client.updatedAt = now
  user.lastSignInAt = now
  user.trustedClientIds.add(client.id)
  return session
}

/** Finishes a task in every session of the user (the client then shows them active when none are left). */
export function completeUserTask(sim: Simulation, user: UserRecord, task: SessionTaskKey): void {
  for (const session of sim.store.signedInSessions())
    if (session.userId === user.id && session.tasks.includes(task)) completeTask(sim, session, task)
}

/** Removes a finished task; the session turns active when none are left. */
export function completeTask(sim: Simulation, session: SessionRecord, task: SessionTaskKey): void {
  session.tasks = session.tasks.filter((key) => key !== task)
  if (session.tasks.length === 0 && session.status === 'pending') session.status = 'active'
  session.updatedAt = sim.now()
}
