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
  /** The sign-up is restricted, waitlisted or otherwise not allowed. */
  | 'sign_up_not_allowed'
  /** The sign-in or sign-up attempt expired; the flow starts over. */
  | 'attempt_expired'
  | 'rate_limited'
  | 'network'
  | 'server'
  /** Blocked: locked, banned or bot protection refused. */
  | 'not_allowed'
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
  code: FlowErrorCode
  /** English text from Flowkit's message table, else Clerk's `longMessage`. */
  message: string
  /**
   * Key into the message table, `clerk_code` or `clerk_code__param_name`
   * (e.g. `form_identifier_exists__email_address`), so every message is translatable.
   */
  messageKey: string
  /** The field the error belongs to; absent for errors about the whole step. */
  field?: FlowField
  /** For `rate_limited`: seconds until a retry may succeed (from `retry-after`). */
  retryAfterSeconds?: number
  /** Clerk's own error code, when the error came from Clerk. */
  clerkCode?: string
  /** The original error, for debugging. Never rendered. */
  cause?: unknown
}
