// WebAuthn verification on WebCrypto (Node ≥ 20 and the browser page MSW's worker answers from),
// for ES256 credentials: what a relying party checks of a registration and of an assertion.
import { parseAuthenticatorData } from './authenticator-data'
import { type Bytes, concat, fromBase64Url, sha256, toBase64Url, utf8 } from './base64url'
import { decodeCbor } from './cbor'
import type { Es256PublicJwk } from './cose'

/** Why a credential was refused (the sandbox maps each to Clerk's code). */
export type PasskeyFailure =
  | 'malformed'
  | 'challenge'
  | 'origin'
  | 'rp_id'
  | 'user_presence'
  | 'user_verification'
  | 'signature'
  | 'sign_count'

export class PasskeyVerificationError extends Error {
  constructor(
    readonly failure: PasskeyFailure,
    message: string,
  ) {
    super(message)
    this.name = 'PasskeyVerificationError'
  }
}

const fail = (failure: PasskeyFailure, message: string): never => {
  throw new PasskeyVerificationError(failure, message)
}

/** What the relying party expects of a ceremony it started. */
export interface Expectation {
  /** The challenge it sent, base64url. */
  challenge: string
  rpId: string
  /** The page's origin; null when the request did not say (jsdom): then any origin on the rpId's host. */
  origin: string | null
  /** `userVerification: 'required'` was asked for. */
  userVerification: boolean
}

/** A `PublicKeyCredential` as clerk-js serializes it (JSON, base64url buffers). */
interface CredentialJSON {
  id: string
  rawId: string
  type: string
  response: Record<string, unknown>
}

/** Reads `public_key_credential`; `malformed` when it is not a WebAuthn credential. */
export function parseCredential(json: string): CredentialJSON {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return fail('malformed', 'public_key_credential is not JSON')
  }
  const credential = value as Partial<CredentialJSON> | null
  if (
    typeof credential?.id !== 'string' ||
    typeof credential.rawId !== 'string' ||
    credential.type !== 'public-key' ||
    typeof credential.response !== 'object' ||
    credential.response === null
  )
    return fail('malformed', 'public_key_credential is not a public-key credential')
  return credential as CredentialJSON
}

function field(credential: CredentialJSON, name: string): Bytes {
  const value = credential.response[name]
  if (typeof value !== 'string') return fail('malformed', `the credential's response has no ${name}`)
  try {
    return fromBase64Url(value)
  } catch {
    return fail('malformed', `the credential's ${name} is not base64url`)
  }
}

function hostnameOf(origin: string): string {
  try {
    return new URL(origin).hostname
  } catch {
    return ''
  }
}

function checkClientData(clientDataJSON: Bytes, type: 'webauthn.create' | 'webauthn.get', expected: Expectation) {
  let clientData: { type?: unknown; challenge?: unknown; origin?: unknown }
  try {
    clientData = JSON.parse(new TextDecoder().decode(clientDataJSON))
  } catch {
    return fail('malformed', 'clientDataJSON is not JSON')
  }
  if (clientData.type !== type) fail('malformed', `clientDataJSON.type is ${String(clientData.type)}, not ${type}`)
  if (clientData.challenge !== expected.challenge) fail('challenge', 'the challenge is not the one Clerk sent')
  const origin = typeof clientData.origin === 'string' ? clientData.origin : ''
  const host = hostnameOf(origin)
  const allowed = expected.origin
    ? origin === expected.origin
    : host === expected.rpId || host.endsWith(`.${expected.rpId}`)
  if (!allowed) fail('origin', `the origin ${origin} is not allowed`)
}

async function checkAuthenticatorData(authenticatorData: Bytes, expected: Expectation) {
  const data = parseAuthenticatorData(authenticatorData)
  const rpIdHash = toBase64Url(await sha256(utf8(expected.rpId)))
  if (toBase64Url(data.rpIdHash) !== rpIdHash) fail('rp_id', `the credential is not for ${expected.rpId}`)
  if (!data.userPresent) fail('user_presence', 'the user was not present')
  if (expected.userVerification && !data.userVerified) fail('user_verification', 'the user was not verified')
  return data
}

/** A WebAuthn signature is DER (SEQUENCE of two INTEGERs); WebCrypto's ECDSA wants r‖s, 32 bytes each. */
export function derToRaw(der: Bytes): Bytes {
  const integer = (offset: number): [Bytes, number] => {
    if (der[offset] !== 0x02) throw new Error('not a DER integer')
    const length = der[offset + 1] ?? 0
    let value = der.slice(offset + 2, offset + 2 + length)
    while (value.length > 32 && value[0] === 0) value = value.slice(1)
    if (value.length > 32) throw new Error('integer too long for P-256')
    const padded = new Uint8Array(new ArrayBuffer(32))
    padded.set(value, 32 - value.length)
    return [padded, offset + 2 + length]
  }
  if (der[0] !== 0x30) throw new Error('not a DER sequence')
  const start = (der[1] ?? 0) & 0x80 ? 2 + ((der[1] ?? 0) & 0x7f) : 2
  const [r, next] = integer(start)
  const [s] = integer(next)
  return concat(r, s)
}

/** An assertion (`navigator.credentials.get`) checked against the stored key; returns the new sign count. */
export async function verifyAssertion(
  credential: CredentialJSON,
  expected: Expectation,
  stored: { publicKey: Es256PublicJwk; signCount: number },
): Promise<{ signCount: number }> {
  const clientDataJSON = field(credential, 'clientDataJSON')
  const authenticatorData = field(credential, 'authenticatorData')
  const signature = field(credential, 'signature')
  checkClientData(clientDataJSON, 'webauthn.get', expected)
  const data = await checkAuthenticatorData(authenticatorData, expected)
  let raw: Bytes
  try {
    raw = derToRaw(signature)
  } catch {
    return fail('signature', 'the signature is not an ECDSA signature')
  }
  const key = await crypto.subtle.importKey('jwk', stored.publicKey, { name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'verify',
  ])
  const signed = concat(authenticatorData, await sha256(clientDataJSON))
  const valid = await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, raw, signed)
  if (!valid) fail('signature', "the signature does not match the passkey's public key")
  // A counter that does not move forward means a cloned authenticator (both zero: it keeps none).
  if ((data.signCount !== 0 || stored.signCount !== 0) && data.signCount <= stored.signCount)
    fail('sign_count', 'the sign count did not increase')
  return { signCount: data.signCount }
}

/**
 * A registration (`navigator.credentials.create`) with `attestation: 'none'`: the attestation
 * statement is not checked (the sandbox asks for none), the new credential and its key are returned.
 */
export async function verifyRegistration(
  credential: CredentialJSON,
  expected: Expectation,
): Promise<{ credentialId: string; publicKey: Es256PublicJwk; signCount: number }> {
  const clientDataJSON = field(credential, 'clientDataJSON')
  const attestationObject = field(credential, 'attestationObject')
  checkClientData(clientDataJSON, 'webauthn.create', expected)
  let authData: unknown
  try {
    const { value } = decodeCbor(attestationObject)
    authData = value instanceof Map ? value.get('authData') : undefined
  } catch {
    return fail('malformed', 'the attestation object is not CBOR')
  }
  if (!(authData instanceof Uint8Array)) return fail('malformed', 'the attestation object has no authData')
  let data: Awaited<ReturnType<typeof checkAuthenticatorData>>
  try {
    data = await checkAuthenticatorData(concat(authData), expected)
  } catch (error) {
    if (error instanceof PasskeyVerificationError) throw error
    return fail('malformed', error instanceof Error ? error.message : 'unreadable authenticator data')
  }
  if (!data.attested) return fail('malformed', 'the registration carries no credential')
  const credentialId = toBase64Url(data.attested.credentialId)
  if (credentialId !== credential.rawId.replace(/=+$/, '')) fail('malformed', 'rawId is not the attested credential id')
  return { credentialId, publicKey: data.attested.publicKey, signCount: data.signCount }
}
