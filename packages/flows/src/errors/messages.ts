/**
 * English messages, keyed by Clerk's error code, `code__param_name` for a field-specific variant
 * (the convention of Clerk's own localization tables), or Flowkit's own keys for what is checked
 * before any request. Anything missing here falls back to Clerk's `longMessage`. Kept terse: it
 * ships in every bundle.
 */
const table = {
  // Checked on the client, before any request (keys are `IdentifierProblem`s and `invalid_code`).
  empty: 'Enter a value.',
  too_long: 'That is too long.',
  invalid_email: 'Enter a valid email address.',
  invalid_phone: 'Enter a valid phone number, with its country code.',
  invalid_username: 'Usernames can use letters, numbers, “_”, “.” and “-”.',
  not_accepted: 'That kind of identifier can’t be used here.',
  invalid_code: 'Enter the 6-digit code.',
  invalid_field: 'Check this field.',
  password_too_short: 'That password is too short.',
  legal_required: 'Accept the terms to continue.',
  // Clerk's codes.
  form_code_incorrect: 'Incorrect code. Try again.',
  verification_expired: 'The code has expired. Send a new one.',
  verification_failed: 'Too many attempts. Send a new code.',
  form_password_incorrect: 'Incorrect password. Try again or use another method.',
  form_password_pwned: 'This password appeared in a data breach. Choose another one.',
  form_password_pwned__sign_in: 'This password appeared in a data breach. Reset your password.',
  form_identifier_not_found: 'No account found with that identifier.',
  form_identifier_exists__email_address: 'An account with that email address already exists.',
  form_identifier_exists__phone_number: 'An account with that phone number already exists.',
  form_identifier_exists__username: 'That username is taken.',
  sign_up_mode_restricted: 'Sign-up is by invitation only.',
  sign_up_restricted_waitlist: 'Sign-up is closed; join the waitlist instead.',
  user_locked: 'Your account is locked. Try again later.',
  client_mismatch: 'Open the link on the device where you asked for it.',
  // Flowkit's codes, for errors without a more specific message.
  rate_limited: 'Too many attempts. Wait a moment, then try again.',
  network: 'You seem to be offline. Check your connection and try again.',
  server: 'Something went wrong on our side. Try again.',
  unknown: 'Something went wrong. Try again.',
}

/** The table, indexable by any key (a miss is `undefined`: the caller falls back to Clerk's text). */
export const messages: Record<string, string | undefined> & typeof table = table
