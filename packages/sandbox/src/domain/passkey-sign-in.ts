import { errors } from '../api/errors'
import type { FapiRequest } from '../api/request'
import { CEREMONY_TIMEOUT, challengeFor, checkAssertion, passkeyErrors, requestOptions } from '../passkeys/ceremonies'
import { verifiedPasskeysOf } from '../passkeys/registered'
import type { SignInRecord, UserRecord, VerificationRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { completeSignIn } from './sign-in-progress'
import { newVerification } from './verification'

/** Refuses passkeys where the instance does not offer them. */
export function assertPasskeysEnabled(sim: Simulation): void {
  if (!sim.instance.passkeys.enabled) throw errors.strategyInvalid('passkey')
}

/**
 * A passkey verification waiting for an assertion: the challenge, and the request options clerk-js
 * reads from `nonce` (the user's passkeys as `allowCredentials`, or none for a discoverable sign-in).
 */
export function startPasskey(sim: Simulation, request: FapiRequest, user: UserRecord | null): VerificationRecord {
  assertPasskeysEnabled(sim)
  if (user && verifiedPasskeysOf(user).length === 0) throw passkeyErrors.noneForUser()
  const challenge = challengeFor(sim, request)
  const verification = newVerification('passkey')
  verification.expireAt = sim.now() + CEREMONY_TIMEOUT
  verification.passkey = { ...challenge, nonce: requestOptions(challenge, user) }
  return verification
}

/** Checks the assertion posted for a passkey verification; returns whose passkey it was. */
export async function attemptPasskey(
  sim: Simulation,
  verification: VerificationRecord | null,
  request: FapiRequest,
  candidates: UserRecord[],
): Promise<UserRecord> {
  if (verification?.strategy !== 'passkey' || !verification.passkey) throw errors.verificationNotPrepared('passkey')
  if (verification.status === 'expired' || (verification.expireAt !== null && sim.now() > verification.expireAt)) {
    verification.status = 'expired'
    throw errors.verificationExpired()
  }
  const { user } = await checkAssertion(
    sim,
    verification.passkey,
    request.body.require('public_key_credential'),
    candidates,
  )
  verification.status = 'verified'
  verification.attempts++
  return user
}

/** A passkey is both factors (the authenticator verified the user): the sign-in completes. */
export function signInWithPasskey(sim: Simulation, signIn: SignInRecord, user: UserRecord): void {
  signIn.userId = user.id
  signIn.identifier ??= user.emails[0]?.address ?? user.phones[0]?.number ?? user.username
  signIn.identifierKind ??= user.emails[0] ? 'email_address' : user.phones[0] ? 'phone_number' : 'username'
  user.trustedClientIds.add(sim.store.client.id)
  completeSignIn(sim, signIn, user)
}
