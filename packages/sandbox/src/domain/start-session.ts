import type { Simulation } from '../state/simulation'
import { findUser, identifierKind } from './identifiers'
import { createSession } from './sessions'

/** Signs the user with this identifier in on the client, server-side; returns the new session's id. */
export function startSession(sim: Simulation, identifier: string, extraTasks: string[] = []): string {
  const user = findUser(sim, identifierKindOrThrow(sim, identifier), identifier)
  if (!user) throw new Error(`sandbox.startSession: no user has the identifier ${identifier}`)
  return createSession(sim, user, { passwordCompromised: user.passwordCompromised, extraTasks }).id
}

function identifierKindOrThrow(sim: Simulation, identifier: string) {
  try {
    return identifierKind(sim, identifier)
  } catch {
    throw new Error(`sandbox.startSession: ${identifier} is not an identifier this instance accepts`)
  }
}
