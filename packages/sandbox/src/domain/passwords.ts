import { ApiError, type ClerkErrorJSON, errors } from '../api/errors'
import type { UserRecord } from '../state/records'
import type { Simulation } from '../state/simulation'

/** Each rule of the policy a password breaks, as Clerk's errors (all of them, as Clerk lists them). */
function complexityProblems(sim: Simulation, password: string): ClerkErrorJSON[] {
  const policy = sim.instance.password
  const problems: ClerkErrorJSON[] = []
  if (password.length > policy.maxLength) problems.push(...errors.passwordTooLong(policy.maxLength).errors)
  if (policy.requireLowercase && !/\p{Ll}/u.test(password)) problems.push(...errors.passwordRule('lowercase').errors)
  if (policy.requireUppercase && !/\p{Lu}/u.test(password)) problems.push(...errors.passwordRule('uppercase').errors)
  if (policy.requireNumbers && !/\d/.test(password)) problems.push(...errors.passwordRule('number').errors)
  if (policy.requireSpecialChar && ![...password].some((character) => policy.specialCharacters.includes(character)))
    problems.push(...errors.passwordRule('special_char').errors)
  return problems
}

/**
 * Refuses a new password that breaks the instance's policy: too short, too long, missing a required
 * kind of character (every missing kind in one answer), or found in a breach.
 */
export function assertPasswordAllowed(sim: Simulation, password: string): void {
  if (password.length < sim.instance.password.minLength) throw errors.passwordTooShort(sim.instance.password.minLength)
  const problems = complexityProblems(sim, password)
  if (problems.length > 0) throw new ApiError(422, problems)
  if (sim.instance.password.compromised.includes(password)) throw errors.passwordPwned()
}

/** Whether signing in with this (correct) password should force a reset. */
export function isCompromised(sim: Simulation, user: UserRecord, password: string): boolean {
  return user.passwordCompromised || sim.instance.password.compromised.includes(password)
}
