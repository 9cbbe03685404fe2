import type { VerificationRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { completeSignIn } from './sign-in-progress'
import { completeIfReady } from './sign-up-progress'

/** Adds Clerk's email-link outcome to the redirect URL, as Clerk's verify endpoint does. */
function landing(verification: VerificationRecord, status: string, createdSessionId: string | null): string {
  const url = new URL(verification.redirectUrl ?? '/', 'http://localhost')
  url.searchParams.set('__clerk_status', status)
  if (createdSessionId) url.searchParams.set('__clerk_created_session', createdSessionId)
  return verification.redirectUrl && /^https?:/.test(verification.redirectUrl)
    ? url.toString()
    : `${url.pathname}${url.search}`
}

/**
 * What opening an emailed link does: verifies the sign-in or sign-up it belongs to (completing it
 * when nothing else is needed), or the email address a signed-in user added, and returns where the browser lands, with `__clerk_status`
 * (`verified`, `expired`, `failed`) and `__clerk_created_session`.
 */
export async function openEmailLink(sim: Simulation, link: string): Promise<string> {
  const token = new URL(link).searchParams.get('token')
  for (const signIn of sim.store.signIns.values()) {
    const verification = signIn.firstFactor
    if (!verification || verification.linkToken !== token) continue
    const outcome = settle(sim, verification)
    const user = signIn.userId ? sim.store.users.get(signIn.userId) : undefined
    if (outcome === 'verified' && user && signIn.status === 'needs_first_factor') completeSignIn(sim, signIn, user)
    return landing(verification, outcome, signIn.createdSessionId)
  }
  for (const signUp of sim.store.signUps.values()) {
    const verification = signUp.emailVerification
    if (!verification || verification.linkToken !== token) continue
    const outcome = settle(sim, verification)
    if (outcome === 'verified') completeIfReady(sim, signUp)
    return landing(verification, outcome, signUp.createdSessionId)
  }
  for (const user of sim.store.users.values()) {
    const verification = user.emails.find((email) => email.verification?.linkToken === token)?.verification
    if (verification) return landing(verification, settle(sim, verification), null)
  }
  throw new Error(`sandbox.outbox.click: ${link} is not a link this sandbox sent`)
}

function settle(sim: Simulation, verification: VerificationRecord): 'verified' | 'expired' | 'failed' {
  if (verification.status === 'verified') return 'verified'
  if (verification.status !== 'unverified') return 'failed'
  if (verification.expireAt !== null && sim.now() > verification.expireAt) {
    verification.status = 'expired'
    return 'expired'
  }
  verification.status = 'verified'
  return 'verified'
}
