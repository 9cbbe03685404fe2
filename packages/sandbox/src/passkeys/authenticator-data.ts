import type { Bytes } from './base64url'
import { decodeCbor } from './cbor'
import { coseToJwk, type Es256PublicJwk } from './cose'

/** Authenticator data (WebAuthn §6.1): what the authenticator signs, and a new credential's key. */
export interface AuthenticatorData {
  rpIdHash: Bytes
  userPresent: boolean
  userVerified: boolean
  signCount: number
  /** Present in a registration (the AT flag): the new credential. */
  attested?: { credentialId: Bytes; publicKey: Es256PublicJwk }
}

const USER_PRESENT = 0x01
const USER_VERIFIED = 0x04
const ATTESTED = 0x40

export function parseAuthenticatorData(bytes: Bytes): AuthenticatorData {
  if (bytes.length < 37) throw new Error('authenticator data is too short')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const flags = view.getUint8(32)
  const data: AuthenticatorData = {
    rpIdHash: bytes.slice(0, 32),
    userPresent: (flags & USER_PRESENT) !== 0,
    userVerified: (flags & USER_VERIFIED) !== 0,
    signCount: view.getUint32(33),
  }
  if (flags & ATTESTED) {
    // aaguid (16 bytes), credential id length (2), credential id, COSE public key.
    const idLength = view.getUint16(53)
    const credentialId = bytes.slice(55, 55 + idLength)
    const { value } = decodeCbor(bytes, 55 + idLength)
    if (credentialId.length !== idLength || !(value instanceof Map)) throw new Error('malformed attested credential')
    data.attested = { credentialId, publicKey: coseToJwk(value) }
  }
  return data
}
