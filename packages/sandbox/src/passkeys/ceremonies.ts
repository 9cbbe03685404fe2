// The sandbox as a WebAuthn relying party: the options clerk-js reads from a verification's
// `nonce`, and what it checks of the credential clerk-js posts back, with Clerk's error codes.
import { ApiError } from '../api/errors'
import type { FapiRequest } from '../api/request'
import type { PasskeyChallenge, PasskeyRecord, UserRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { toBase64Url, utf8 } from './base64url'
import { toEs256Jwk } from './cose'
import { verifiedPasskeysOf } from './registered'
import {
  type PasskeyFailure,
  PasskeyVerificationError,
  parseCredential,
  verifyAssertion,
  verifyRegistration,
} from './verify'

/** How long a ceremony may take, as the options' `timeout` says. */
export const CEREMONY_TIMEOUT = 5 * 60 * 1000

const passkeyError = (code: string, longMessage: string) =>
  new ApiError(422, [{ code, message: longMessage, long_message: longMessage }])

/** Clerk's passkey codes (those its Go SDK names for the Frontend API). */
export const passkeyErrors = {
  noneForUser: () => passkeyError('no_passkeys_found_for_user', 'This account has no passkey. Use another method.'),
  notRegistered: () => passkeyError('passkey_not_registered', 'This passkey is not registered with this account.'),
  invalidCredential: (detail: string) =>
    passkeyError('passkey_invalid_public_key_credential', `The passkey credential is invalid: ${detail}.`),
  invalidVerification: (detail: string) =>
    passkeyError('passkey_invalid_verification', `The passkey verification is invalid: ${detail}.`),
  authenticationFailed: (detail: string) =>
    passkeyError('passkey_authentication_failure', `The passkey could not be verified: ${detail}.`),
  registrationFailed: (detail: string) =>
    passkeyError('passkey_registration_failure', `The passkey could not be registered: ${detail}.`),
}

const toApiError = (failure: PasskeyFailure, message: string): ApiError => {
  switch (failure) {
    case 'malformed':
      return passkeyErrors.invalidCredential(message)
    case 'signature':
    case 'sign_count':
      return passkeyErrors.authenticationFailed(message)
    default:
      return passkeyErrors.invalidVerification(message)
  }
}

/** Runs a check; its refusals (and any unreadable input) become Clerk's answers. */
async function answering<T>(check: () => Promise<T>, registration = false): Promise<T> {
  try {
    return await check()
  } catch (error) {
    if (error instanceof ApiError) throw error
    if (error instanceof PasskeyVerificationError)
      throw registration && error.failure !== 'malformed'
        ? passkeyErrors.registrationFailed(error.message)
        : toApiError(error.failure, error.message)
    throw passkeyErrors.invalidCredential(error instanceof Error ? error.message : 'unreadable')
  }
}

/**
 * The relying party of a request: the page's host (its Origin header; jsdom's fetch sends none, and
 * its pages are on `localhost`), which clerk-js passes to the browser as `rpId`.
 */
export function challengeFor(sim: Simulation, request: FapiRequest): PasskeyChallenge {
  let rpId = 'localhost'
  try {
    if (request.origin) rpId = new URL(request.origin).hostname
  } catch {}
  // 32 random bytes, base64url: the encoding clerk-js's decode → encode round trip reproduces.
  const bytes = new Uint8Array(32).map(() => Math.floor(sim.random.next() * 256))
  return { challenge: toBase64Url(bytes), rpId, origin: request.origin }
}

/** `PublicKeyCredentialRequestOptionsJSON` for a sign-in (discoverable when no user is known yet). */
export function requestOptions(challenge: PasskeyChallenge, user: UserRecord | null): string {
  return JSON.stringify({
    challenge: challenge.challenge,
    rpId: challenge.rpId,
    timeout: CEREMONY_TIMEOUT,
    userVerification: 'required',
    allowCredentials: user
      ? verifiedPasskeysOf(user).map((passkey) => ({ type: 'public-key', id: passkey.credentialId }))
      : [],
  })
}

/** `PublicKeyCredentialCreationOptionsJSON` for `user.createPasskey()`: ES256, a discoverable credential, no attestation. */
export function creationOptions(sim: Simulation, challenge: PasskeyChallenge, user: UserRecord): string {
  const name = user.emails[0]?.address ?? user.phones[0]?.number ?? user.username ?? user.id
  return JSON.stringify({
    rp: { id: challenge.rpId, name: sim.instance.applicationName },
    user: {
      id: toBase64Url(utf8(user.id)),
      name,
      displayName: [user.firstName, user.lastName].filter(Boolean).join(' ') || name,
    },
    challenge: challenge.challenge,
    pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
    timeout: CEREMONY_TIMEOUT,
    excludeCredentials: verifiedPasskeysOf(user).map((passkey) => ({ type: 'public-key', id: passkey.credentialId })),
    authenticatorSelection: { residentKey: 'required', requireResidentKey: true, userVerification: 'required' },
    attestation: 'none',
  })
}

/**
 * The passkey an assertion (`public_key_credential`) proves, among the candidates' passkeys: found by
 * credential id and verified against the challenge; its sign count and last use are updated.
 */
export async function checkAssertion(
  sim: Simulation,
  challenge: PasskeyChallenge,
  credentialJson: string,
  candidates: UserRecord[],
): Promise<{ user: UserRecord; passkey: PasskeyRecord }> {
  return answering(async () => {
    const credential = parseCredential(credentialJson)
    const rawId = credential.rawId.replace(/=+$/, '')
    for (const user of candidates) {
      const passkey = verifiedPasskeysOf(user).find((candidate) => candidate.credentialId === rawId)
      if (!passkey) continue
      const expectation = { ...challenge, userVerification: true }
      const { signCount } = await verifyAssertion(credential, expectation, {
        publicKey: toEs256Jwk(passkey.publicKey),
        signCount: passkey.signCount,
      })
      passkey.signCount = signCount
      passkey.lastUsedAt = sim.now()
      passkey.updatedAt = sim.now()
      return { user, passkey }
    }
    throw passkeyErrors.notRegistered()
  })
}

/** A registration's credential (`public_key_credential`), verified: the new credential id and key. */
export function checkRegistration(challenge: PasskeyChallenge, credentialJson: string) {
  return answering(
    () => verifyRegistration(parseCredential(credentialJson), { ...challenge, userVerification: true }),
    true,
  )
}
