/**
 * English defaults for the messages Flowkit itself produces: checks made before any request, and
 * failures Clerk sends no text for. Clerk's own errors keep Clerk's `longMessage`; their
 * `messageKey` (`code` or `code__param_name`) lets a UI translate them. Terse: it ships in every
 * bundle.
 */
const table = {
  empty: 'Required.',
  too_long: 'Too long.',
  invalid_email: 'Enter a valid email address.',
  invalid_phone: 'Enter a valid phone number.',
  invalid_username: 'Use letters, digits, “_”, “.” or “-”.',
  not_accepted: 'This can’t be used here.',
  invalid_code: 'Enter the 6-digit code.',
  password_too_short: 'Password too short.',
  password_too_long: 'Password too long.',
  password_needs_number: 'Add a number.',
  password_needs_special: 'Add a special character.',
  password_needs_uppercase: 'Add a capital letter.',
  password_needs_lowercase: 'Add a lowercase letter.',
  legal_required: 'Accept the terms to continue.',
  verification_expired: 'Expired. Ask for a new one.',
  client_mismatch: 'Open the link on the device that asked for it.',
  protect_check: 'This browser needs a check this page can’t run. Try another browser.',
  protect_check_failed: 'The check didn’t pass. Try again.',
  protect_check_script: 'The check couldn’t run. Try again.',
  passkey_unsupported: 'This browser can’t use passkeys. Use another method.',
  passkey_cancelled: 'No passkey was used. Try again, or use another method.',
  passkey_not_found: 'This passkey isn’t registered here. Use another method.',
  passkey_failed: 'That passkey couldn’t be verified. Try again.',
  sign_up_abandoned: 'Expired. Start again.',
  invitation_invalid: 'This invitation is no longer valid.',
  invitation_expired: 'This invitation has expired.',
  sso_refused: 'Your organization’s sign-in refused access.',
  suggestion_requested: 'Request sent: an admin must approve it.',
  rate_limited: 'Too many attempts. Try again shortly.',
  network: 'You seem offline. Try again.',
  server: 'Server error. Try again.',
  unknown: 'Something went wrong. Try again.',
}

/** A key of Flowkit's own message table (`invalid_email`, `network`…). */
export type MessageKey = keyof typeof table

/** The table, indexable by any key (a miss is `undefined`: the caller falls back to Clerk's text). */
export const messages: Record<string, string | undefined> & typeof table = table
