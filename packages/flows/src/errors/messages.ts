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
  legal_required: 'Accept the terms to continue.',
  verification_expired: 'Expired. Ask for a new one.',
  client_mismatch: 'Open the link on the device that asked for it.',
  protect_check: 'This browser needs a check this page can’t run. Try another browser.',
  sign_up_abandoned: 'Expired. Start again.',
  suggestion_requested: 'Request sent: an admin must approve it.',
  rate_limited: 'Too many attempts. Try again shortly.',
  network: 'You seem offline. Try again.',
  server: 'Server error. Try again.',
  unknown: 'Something went wrong. Try again.',
}

/** The table, indexable by any key (a miss is `undefined`: the caller falls back to Clerk's text). */
export const messages: Record<string, string | undefined> & typeof table = table
