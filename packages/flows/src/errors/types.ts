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
  /** What happened, in Flowkit's stable vocabulary. */
  code: FlowErrorCode
  /** English: Flowkit's message table for its own errors, Clerk's `longMessage` for Clerk's. */
  message: string
  /**
   * Key for a translation table: Flowkit's own key (`invalid_email`, `network`…), else Clerk's
   * `code__param_name` for a field error (e.g. `form_identifier_exists__email_address`) or `code`.
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
