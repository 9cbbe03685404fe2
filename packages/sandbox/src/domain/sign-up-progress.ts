import type { SignUpRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { createSession } from './sessions'
import { missingFields, unverifiedFields } from './sign-up-requirements'
import { redeemTicket } from './tickets'

/** The sign-up's status now: Clerk abandons one left unfinished past `abandon_at` (24 hours). */
export function signUpStatus(sim: Simulation, signUp: SignUpRecord): SignUpRecord['status'] {
  return signUp.status === 'missing_requirements' && sim.now() >= signUp.abandonAt ? 'abandoned' : signUp.status
}

/**
 * The strategy a finished sign-up authenticated with, for `client.last_authentication_strategy`:
 * the provider's for an SSO sign-up, else how the identifier was verified, else the password.
 */
function signUpStrategy(signUp: SignUpRecord): string | null {
  if (signUp.enterpriseAccount) return 'enterprise_sso'
  if (signUp.externalAccount) return signUp.externalAccount.verification.strategy
  const verification = signUp.emailVerification ?? signUp.phoneVerification
  if (verification) return verification.strategy
  return signUp.password !== null ? 'password' : null
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
  const identity = signUp.enterpriseAccount?.identity
  if (identity) user.enterpriseAccounts.push({ id: sim.ids.next('eaa'), ...identity, lastAuthenticatedAt: now })
  const ticket = signUp.ticket ? sim.store.tickets.get(signUp.ticket) : undefined
  if (ticket) redeemTicket(sim, ticket, user)
  user.legalAcceptedAt = signUp.legalAcceptedAt
  user.unsafeMetadata = signUp.unsafeMetadata
  const session = createSession(sim, user)
  signUp.status = 'complete'
  signUp.createdUserId = user.id
  signUp.createdSessionId = session.id
  sim.store.client.lastAuthenticationStrategy = signUpStrategy(signUp)
}
