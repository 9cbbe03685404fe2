/** Strings of the parts every step shares. */
export const common = {
  continue: 'Continue',
  verify: 'Verify',
  back: 'Back',
  anotherMethod: 'Use another method',
  resend: 'Resend code',
  resendIn: 'Resend code in {seconds}s',
  // The whole sentence while a rate limit counts down; the error's own message once it is over.
  rateLimitedIn: 'Too many attempts. Try again in {seconds}s.',
  code: 'Verification code',
  codeSent: 'We sent a code to {identifier}.',
  pending: 'Continuing…',
  // Issue 15 §6: the "last used" badge (social, strategy and passkey buttons), "edit" on the identifier.
  lastUsed: 'Last used',
  editIdentifier: 'Edit',
  editIdentifierLabel: 'Edit {identifier}',
}
