import type { SignInRecord, UserRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { mfaFactorsFor } from './factors'
import { createSession } from './sessions'

/** Completes a sign-in: a new session (with its tasks) on the client. */
export function completeSignIn(sim: Simulation, signIn: SignInRecord, user: UserRecord): void {
  const session = createSession(sim, user, { passwordCompromised: signIn.passwordCompromised })
  signIn.status = 'complete'
  signIn.createdSessionId = session.id
  sim.store.client.lastAuthenticationStrategy = signIn.firstFactor?.strategy ?? null
}

/**
 * Where a sign-in goes once the first factor is verified: a second factor when the user has one;
 * client trust after a password on a client the user never verified on; otherwise complete.
 */
export function afterFirstFactor(sim: Simulation, signIn: SignInRecord, user: UserRecord, viaPassword: boolean) {
  if (!viaPassword) user.trustedClientIds.add(sim.store.client.id)
  if (mfaFactorsFor(sim, user).length > 0) {
    signIn.status = 'needs_second_factor'
  } else if (viaPassword && sim.instance.clientTrust && !user.trustedClientIds.has(sim.store.client.id)) {
    signIn.status = 'needs_client_trust'
  } else {
    completeSignIn(sim, signIn, user)
  }
}
