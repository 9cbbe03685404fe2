import type { PasskeyJSON } from '@clerk/shared/types'
import { newVerification } from '../domain/verification'
import type { PasskeyRecord } from '../state/records'
import { serializeVerification } from './verification'

/**
 * A passkey as `PasskeyJSON`. While its registration is pending, the verification's `nonce` holds the
 * `PublicKeyCredentialCreationOptionsJSON` clerk-js hands to `navigator.credentials.create`.
 */
export function serializePasskey(passkey: PasskeyRecord): PasskeyJSON {
  const { registration } = passkey
  const verification = registration
    ? { ...newVerification('passkey'), expireAt: registration.expireAt, passkey: registration }
    : newVerification('passkey', 'verified')
  return {
    object: 'passkey',
    id: passkey.id,
    name: passkey.name,
    verification: serializeVerification(verification),
    last_used_at: passkey.lastUsedAt,
    created_at: passkey.createdAt,
    updated_at: passkey.updatedAt,
  }
}
