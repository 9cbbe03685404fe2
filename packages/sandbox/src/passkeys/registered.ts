import type { SandboxPasskey } from '../config/types'
import type { IdGenerator } from '../core/ids'
import type { PasskeyRecord, UserRecord } from '../state/records'
import { toEs256Jwk } from './cose'

/** Adds a passkey registered elsewhere (config, `sandbox.passkeys.register`) to a user: verified, ready to sign in. */
export function addPasskey(ids: IdGenerator, user: UserRecord, passkey: SandboxPasskey, now: number): PasskeyRecord {
  const record: PasskeyRecord = {
    id: ids.next('idn'),
    credentialId: passkey.credentialId.replace(/=+$/, ''),
    publicKey: toEs256Jwk(passkey.publicKey),
    name: passkey.name ?? 'Passkey',
    signCount: 0,
    registration: null,
    lastUsedAt: null,
    createdAt: now,
    updatedAt: now,
  }
  user.passkeys.push(record)
  return record
}

/** The user's passkeys that can sign in (registration finished). */
export const verifiedPasskeysOf = (user: UserRecord) =>
  user.passkeys.filter(
    (passkey): passkey is PasskeyRecord & { credentialId: string; publicKey: JsonWebKey } =>
      passkey.credentialId !== null && passkey.publicKey !== null,
  )
