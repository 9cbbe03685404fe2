/**
 * Every visible English string, in slices so a step alone ships only its own. `en` is the whole
 * table; keys are typed, and a `localization` prop overrides any of them. `{name}` marks a value
 * filled in at render time.
 */

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

export const identifierStrings = {
  signInOrUpTitle: 'Sign in or sign up',
  signInTitle: 'Sign in',
  signUpTitle: 'Create your account',
  email_address: 'Email address',
  phone_number: 'Phone number',
  username: 'Username',
  email_address_phone_number: 'Email address or phone number',
  email_address_username: 'Email address or username',
  phone_number_username: 'Phone number or username',
  email_address_phone_number_username: 'Email, phone number or username',
  continueWith: 'Continue with {provider}',
  signInOrUpSubtitle: 'Welcome! Sign in or create an account to continue.',
  signInSubtitle: 'Welcome back! Sign in to continue.',
  signUpSubtitle: 'Welcome! Fill in your details to get started.',
  or: 'or',
  signInWithPasskey: 'Sign in with a passkey',
}

export const passwordStrings = {
  passwordTitle: 'Enter your password',
  asIdentifier: '{identifier}',
  password: 'Password',
  forgotPassword: 'Forgot password?',
}

// Shared by the code and email-link slices, so neither step bundles the other's strings.
const checkEmail = 'Check your email'

export const codeStrings = {
  checkEmail,
  checkPhone: 'Check your phone',
  clientTrustTitle: 'Verify it’s you',
  resetTitle: 'Reset your password',
  verifyEmail: 'Verify your email',
  verifyPhone: 'Verify your phone number',
  codeSentWhatsApp: 'We sent a code to {identifier} on WhatsApp.',
  sendWithWhatsApp: 'Send with WhatsApp instead',
}

export const emailLinkStrings = {
  checkEmail,
  linkSent: 'We sent a sign-in link to {identifier}.',
  resendLink: 'Resend link',
  resendLinkIn: 'Resend link in {seconds}s',
}

export const strategyStrings = {
  chooseStrategyTitle: 'Use another method',
  strategy_password: 'Use your password',
  strategy_email_code: 'Email me a code',
  strategy_phone_code: 'Text me a code',
  strategy_email_link: 'Email me a link',
}

export const secondFactorStrings = {
  secondFactorTitle: 'Two-step verification',
  totpHint: 'Enter the code from your authenticator app.',
  backupCodeHint: 'Enter one of your backup codes.',
  backupCode: 'Backup code',
  method_totp: 'Use your authenticator app',
  method_phone_code: 'Text me a code',
  method_email_code: 'Email me a code',
  method_passkey: 'Use your passkey',
  method_backup_code: 'Use a backup code',
  passkeyHint: 'Confirm it’s you with the passkey on this device.',
  usePasskey: 'Use passkey',
}

export const newPasswordStrings = {
  newPasswordTitle: 'Set a new password',
  newPassword: 'New password',
  signOutOthers: 'Sign out of all other devices',
  resetPassword: 'Reset password',
}

export const missingStrings = {
  missingTitle: 'Complete your account',
  firstName: 'First name',
  lastName: 'Last name',
  username: 'Username',
  emailAddress: 'Email address',
  phoneNumber: 'Phone number',
  password: 'Password',
  legalAccepted: 'I agree to the {terms} and {privacy}',
  terms: 'Terms of Service',
  privacy: 'Privacy Policy',
}

export const organizationStrings = {
  chooseOrganizationTitle: 'Choose an organization',
  organizationName: 'Organization name',
  invitation: 'Invitation',
  suggestion: 'Suggested',
  loadMore: 'Load more',
  searchOrganizations: 'Search organizations',
  noOrganizations: 'No organizations match your search',
  createOrganization: 'Create organization',
  createOrganizationTitle: 'Create an organization',
  newOrganization: 'Create a new organization',
}

export const setupMfaStrings = {
  setupMfaTitle: 'Set up two-step verification',
  setupMfaStartHint: 'Add a second step to signing in, so that your password alone is not enough.',
  setupMfaHint: 'Add this account to your authenticator app, then enter the code it shows.',
  setupSmsHint: 'We’ll text a code to this number each time you sign in.',
  backupCodesHint: 'Save these backup codes somewhere safe. Each works once.',
  secret: 'Secret key',
  setupUri: 'Open in authenticator app',
  startSetup: 'Set up authenticator app',
  startSmsSetup: 'Set up text message codes',
  phoneNumber: 'Phone number',
  savedCodes: 'I’ve saved my backup codes',
  qrCode: 'QR code to scan with your authenticator app',
  manualKey: 'Can’t scan it? Enter this key instead:',
  copyCodes: 'Copy codes',
  copiedCodes: 'Copied',
  downloadCodes: 'Download .txt',
}

export const statusStrings = {
  completeTitle: 'You’re signed in',
  unknownTaskTitle: 'One more step is needed',
  unknownTaskHint: 'Finish it in your account settings.',
}

export const protectCheckStrings = {
  protectCheckTitle: 'Checking your browser',
  protectCheckRunning: 'Running a quick check…',
  retry: 'Try again',
}

/** The live hint under a new password: each rule of the instance's policy, and a strength. */
export const passwordHintStrings = {
  rule_password_too_short: 'At least {value} characters',
  rule_password_too_long: 'At most {value} characters',
  rule_password_needs_number: 'A number',
  rule_password_needs_special: 'A special character',
  rule_password_needs_uppercase: 'A capital letter',
  rule_password_needs_lowercase: 'A lowercase letter',
  ruleMet: '{rule}: met',
  ruleNotMet: '{rule}: not yet',
  strength_weak: 'Strength: weak',
  strength_fair: 'Strength: fair',
  strength_strong: 'Strength: strong',
}

export const footerStrings = {
  noAccount: 'Don’t have an account?',
  haveAccount: 'Already have an account?',
  signUp: 'Sign up',
  signIn: 'Sign in',
  joinWaitlist: 'Join the waitlist',
}

export const enterpriseSsoStrings = {
  enterpriseSsoTitle: 'Choose your enterprise account',
  enterpriseSsoHint: 'Select the account to continue with.',
  enterpriseConnection: 'Continue with {provider}',
}

/** Who may sign up, said up front: an invitation-only or a waitlist instance. */
export const signUpModeStrings = {
  invitationOnly: 'Sign-up is by invitation only.',
  signUpClosedTitle: 'Access restricted',
  signUpRestrictedHint: 'Sign-up is by invitation only: open the link in your invitation.',
  signUpWaitlistHint: 'Sign-up is closed for now: join the waitlist.',
  earlyAccess: 'Want early access?',
}

export const waitlistStrings = {
  waitlistTitle: 'Join the waitlist',
  waitlistHint: 'Enter your email address and we’ll let you know when your spot is ready.',
  email_address: 'Email address',
  joinWaitlist: 'Join the waitlist',
  waitlistJoinedTitle: 'Thanks for joining the waitlist!',
  waitlistJoinedHint: 'We’ll be in touch when your spot is ready.',
  haveAccess: 'Already have access?',
  signIn: 'Sign in',
}

export const modalStrings = {
  signInOrUpTitle: 'Sign in or sign up',
  signInTitle: 'Sign in',
  signUpTitle: 'Create your account',
  signIn: 'Sign in',
  signUp: 'Sign up',
  close: 'Close',
}

type Table = typeof common &
  typeof identifierStrings &
  typeof passwordStrings &
  typeof codeStrings &
  typeof emailLinkStrings &
  typeof strategyStrings &
  typeof secondFactorStrings &
  typeof newPasswordStrings &
  typeof missingStrings &
  typeof organizationStrings &
  typeof setupMfaStrings &
  typeof statusStrings &
  typeof protectCheckStrings &
  typeof passwordHintStrings &
  typeof footerStrings &
  typeof enterpriseSsoStrings &
  typeof signUpModeStrings &
  typeof waitlistStrings &
  typeof modalStrings

/** The whole English table. */
export const en: Table = /* @__PURE__ */ Object.assign(
  {},
  common,
  identifierStrings,
  passwordStrings,
  codeStrings,
  emailLinkStrings,
  strategyStrings,
  secondFactorStrings,
  newPasswordStrings,
  missingStrings,
  organizationStrings,
  setupMfaStrings,
  statusStrings,
  protectCheckStrings,
  passwordHintStrings,
  footerStrings,
  enterpriseSsoStrings,
  signUpModeStrings,
  waitlistStrings,
  modalStrings,
)
