import type { SignUpRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { createSession } from './sessions'
import { missingFields, unverifiedFields } from './sign-up-requirements'

/** The sign-up's status now: Clerk abandons one left unfinished past `abandon_at` (24 hours). */
export function signUpStatus(sim: Simulation, signUp: SignUpRecord): SignUpRecord['status'] {
  return signUp.status === 'missing_requirements' && sim.now() >= signUp.abandonAt ? 'abandoned' : signUp.status
}

/** Creates the user and its session once nothing is missing or unverified. */
export function completeIfReady(sim: Simulation, signUp: SignUpRecord): void {
  if (signUp.status !== 'missing_requirements') return
  if (missingFields(sim, signUp).length > 0 || unverifiedFields(signUp).length > 0) return
  const now = sim.now()
  const user = sim.store.addUser(
    {
      ...(signUp.emailAddress ? { emailAddress: signUp.emailAddress } : {}),
      ...(signUp.phoneNumber ? { phoneNumber: signUp.phoneNumber } : {}),
      ...(signUp.username ? { username: signUp.username } : {}),
      ...(signUp.firstName ? { firstName: signUp.firstName } : {}),
      ...(signUp.lastName ? { lastName: signUp.lastName } : {}),
      ...(signUp.password ? { password: signUp.password } : {}),
    },
    now,
  )
  const account = signUp.externalAccount?.account
  if (account) user.externalAccounts.push({ id: sim.ids.next('eac'), ...account })
  user.legalAcceptedAt = signUp.legalAcceptedAt
  user.unsafeMetadata = signUp.unsafeMetadata
  const session = createSession(sim, user)
  signUp.status = 'complete'
  signUp.createdUserId = user.id
  signUp.createdSessionId = session.id
}
