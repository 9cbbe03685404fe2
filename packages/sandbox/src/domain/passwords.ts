import { errors } from '../api/errors'
import type { UserRecord } from '../state/records'
import type { Simulation } from '../state/simulation'

/** Refuses a new password that breaks the instance's policy (too short, or found in a breach). */
export function assertPasswordAllowed(sim: Simulation, password: string): void {
  if (password.length < sim.instance.password.minLength) throw errors.passwordTooShort(sim.instance.password.minLength)
  if (sim.instance.password.compromised.includes(password)) throw errors.passwordPwned()
}

/** Whether signing in with this (correct) password should force a reset. */
export function isCompromised(sim: Simulation, user: UserRecord, password: string): boolean {
  return user.passwordCompromised || sim.instance.password.compromised.includes(password)
}
