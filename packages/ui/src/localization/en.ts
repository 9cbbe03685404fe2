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
  retryIn: 'Try again in {seconds}s.',
  code: 'Verification code',
  codeSent: 'We sent a code to {identifier}.',
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
}

export const emailLinkStrings = {
  checkEmail,
  linkSent: 'We sent a sign-in link to {identifier}.',
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
  method_backup_code: 'Use a backup code',
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
  createOrganization: 'Create organization',
}

export const setupMfaStrings = {
  setupMfaTitle: 'Set up two-step verification',
  setupMfaHint: 'Add this account to your authenticator app, then enter the code it shows.',
  backupCodesHint: 'Save these backup codes somewhere safe. Each works once.',
  secret: 'Secret key',
  setupUri: 'Open in authenticator app',
  startSetup: 'Set up authenticator app',
  savedCodes: 'I’ve saved my backup codes',
}

export const statusStrings = {
  protectCheckTitle: 'Checking your browser',
  completeTitle: 'You’re signed in',
  unknownTaskTitle: 'One more step is needed',
  unknownTaskHint: 'Finish it in your account settings.',
}

export const footerStrings = {
  noAccount: 'Don’t have an account?',
  haveAccount: 'Already have an account?',
  signUp: 'Sign up',
  signIn: 'Sign in',
  joinWaitlist: 'Join the waitlist',
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
  typeof footerStrings &
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
  footerStrings,
  modalStrings,
)
