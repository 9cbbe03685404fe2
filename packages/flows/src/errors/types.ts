/**
 * Flowkit's stable error codes. Clerk's own codes are many and change; a UI only needs to know
 * what happened to the user. `clerkCode` on the error keeps Clerk's original for debugging.
 */
export type FlowErrorCode =
  /** Client-side validation refused the value before any request (malformed email, short code…). */
  | 'invalid_input'
  | 'incorrect_code'
  | 'expired_code'
  | 'incorrect_password'
  /** The password is on a breach list or does not meet the instance's policy. */
  | 'weak_password'
  | 'identifier_not_found'
  | 'identifier_exists'
  /** Sign-up is by invitation only (a restricted instance). */
  | 'sign_up_restricted'
  /** Sign-up is through the waitlist only. */
  | 'sign_up_waitlist'
  /** Sign-up is not allowed for another reason. */
  | 'sign_up_not_allowed'
  /** The invitation link's ticket is unknown or was already used. */
  | 'invitation_invalid'
  /** The invitation link's ticket expired. */
  | 'invitation_expired'
  /** The enterprise connection's identity provider (or Clerk, reading its answer) refused the sign-in. */
  | 'sso_refused'
  /** The user refused access at the social or enterprise provider (Clerk's `oauth_access_denied`). */
  | 'provider_denied'
  /** The sign-in or sign-up attempt expired; the flow starts over. */
  | 'attempt_expired'
  | 'rate_limited'
  | 'network'
  | 'server'
  /** Blocked: locked, banned or bot protection refused. */
  | 'not_allowed'
  /** This browser or device cannot use passkeys (no WebAuthn): offer the other methods. */
  | 'passkey_unsupported'
  /** No passkey was used: the user dismissed the prompt, it timed out, or this device has none for the site. */
  | 'passkey_cancelled'
  /** The passkey used is not registered with any account here. */
  | 'passkey_not_found'
  /** Clerk could not verify the passkey (signature, origin, challenge). */
  | 'passkey_failed'
  /** Clerk Protect's check did not pass or expired; a new challenge is shown. */
  | 'protect_check_failed'
  | 'unknown'

/** The fields a flow error can be tied to. */
export type FlowField =
  | 'identifier'
  | 'password'
  | 'code'
  | 'newPassword'
  | 'firstName'
  | 'lastName'
  | 'username'
  | 'emailAddress'
  | 'phoneNumber'
  | 'legalAccepted'
  | 'organizationName'
  | 'organizationSlug'

/** An error as data: what a UI shows, and where. */
export interface FlowError {
  /** What happened, in Flowkit's stable vocabulary. */
  code: FlowErrorCode
  /** English: Flowkit's message table for its own errors, Clerk's `longMessage` for Clerk's. */
  message: string
  /**
   * Key for a translation table: Flowkit's own key (`invalid_email`, `network`…), else Clerk's
   * `code__param_name` for a field error (e.g. `form_identifier_exists__email_address`) or `code`.
   */
  messageKey: string
  /** Values for the placeholders of a translation (`{length}` of a password rule), by name. */
  values?: Record<string, string | number>
  /** The field the error belongs to; absent for errors about the whole step. */
  field?: FlowField
  /** For `rate_limited`: seconds until a retry may succeed (from `retry-after`). */
  retryAfterSeconds?: number
  /** Clerk's own error code, when the error came from Clerk. */
  clerkCode?: string
  /** The original error, for debugging. Never rendered. */
  cause?: unknown
}
