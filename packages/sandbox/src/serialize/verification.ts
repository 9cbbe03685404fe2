import type { VerificationJSON } from '@clerk/shared/types'
import type { VerificationRecord } from '../state/records'

/** A verification as clerk-js's `Verification` reads it (`externalVerificationRedirectURL` included). */
export function serializeVerification(verification: VerificationRecord | null): VerificationJSON | null {
  if (!verification) return null
  // Clerk sends `error: null` on a verification without error; the type says it is always present.
  return {
    object: 'verification',
    id: '',
    status: verification.status,
    strategy: verification.strategy,
    attempts: verification.attempts,
    expire_at: verification.expireAt ?? 0,
    verified_at_client: '',
    error: verification.error as unknown as VerificationJSON['error'],
    // Passkeys: the WebAuthn options, JSON, which clerk-js parses from `nonce`.
    ...(verification.passkey ? { nonce: verification.passkey.nonce } : {}),
    ...(verification.externalRedirectUrl
      ? { external_verification_redirect_url: verification.externalRedirectUrl }
      : {}),
  }
}
