/**
 * Where each Flowkit string comes from in Clerk's localization resource (`@clerk/localizations`):
 * the table `fromClerk` reads, and the docs' key list is generated from (scripts/docs/sections.mjs).
 * Only an app that calls `fromClerk` (a drop-in does, when `ClerkProvider` has a localization)
 * bundles it. Typed both ways: every Flowkit key needs a row, and every Clerk key must exist in
 * Clerk's resource, so a key Clerk renames fails the build.
 */
import type { ClerkLocalizationKey, FlowErrorCode, MessageKey } from '@flowkit/flows'
import type { LocalizationKey } from './types'

type Key = ClerkLocalizationKey

/** Clerk texts joined into one: `keys` joined by `join`, then `tail` (Flowkit's own, language-neutral). */
export interface ClerkComposition {
  keys: readonly Key[]
  join?: string
  tail?: string
  /** Placeholders the part fills besides the English string's own (a strategy's `{identifier}`). */
  values?: readonly string[]
}

/** The text of a link placeholder inside a Clerk sentence: `{{ termsOfServiceLink || link("Terms") }}`. */
export interface ClerkLinkText {
  linkIn: Key
  placeholder: string
}

export type ClerkCandidate = Key | ClerkComposition | ClerkLinkText

/**
 * One Clerk text, or several tried in order (Clerk's locales differ in which keys they have); or
 * `none` with the reason no Clerk text fits, in which case Flowkit's English shows.
 */
export type ClerkSource = ClerkCandidate | readonly ClerkCandidate[] | { none: string }

const joined = (keys: Key[], join = ' / '): ClerkComposition => ({ keys, join })
// Clerk's UI appends a countdown to its resend button the same way: `Resend (29)`.
const counting = (key: Key): ClerkComposition => ({ keys: [key], tail: ' ({seconds})' })
const naming = (key: Key): ClerkComposition => ({ keys: [key], values: ['identifier'] })
// Clerk's password errors: the sentence prefix, one requirement, a full stop.
const passwordMust = (requirement: Key): ClerkComposition => ({
  keys: ['unstable__errors.passwordComplexity.sentencePrefix', requirement],
  join: ' ',
  tail: '.',
})
const LEGAL: Key = 'signUp.legalConsent.checkbox.label__termsOfServiceAndPrivacyPolicy'
const AN_ERROR: Key = 'signIn.noAvailableMethods.subtitle'

/**
 * Clerk's "An error occurred": the text of any Flowkit error the resource has no words for (a row
 * below that resolves to nothing), so a localized screen never shows an English error.
 */
export const CLERK_GENERIC_ERROR: Key = AN_ERROR

/** Every Flowkit string and its Clerk source. */
export const CLERK_KEYS = {
  // Shared by every step.
  continue: 'formButtonPrimary',
  verify: 'formButtonPrimary__verify',
  back: 'backButton',
  anotherMethod: ['footerActionLink__useAnotherMethod', 'signIn.alternativeMethods.title'],
  resend: 'signIn.emailCode.resendButton',
  resendIn: counting('signIn.emailCode.resendButton'),
  rateLimitedIn: [counting('oauthDeviceVerification.error.rateLimitedTitle'), counting(AN_ERROR)],
  code: 'signIn.emailCode.formTitle',
  codeSent: 'userProfile.phoneNumberPage.verifySubtitle',
  // Identifier step.
  // Clerk's titles name the application; before Clerk has loaded its name is not known yet (the
  // step shows already), so its word for signing in stands in.
  signInOrUpTitle: ['signIn.start.titleCombined', 'signIn.start.title', 'signUp.start.actionLink'],
  signInTitle: ['signIn.start.title', 'signUp.start.actionLink'],
  signUpTitle: 'signUp.start.title',
  email_address: 'formFieldLabel__emailAddress',
  phone_number: 'formFieldLabel__phoneNumber',
  username: 'formFieldLabel__username',
  // Clerk's own form switches between identifiers instead: its labels name them one by one.
  email_address_phone_number: joined(['formFieldLabel__emailAddress', 'formFieldLabel__phoneNumber']),
  email_address_username: 'formFieldLabel__emailAddress_username',
  phone_number_username: joined(['formFieldLabel__phoneNumber', 'formFieldLabel__username']),
  email_address_phone_number_username: joined([
    'formFieldLabel__emailAddress',
    'formFieldLabel__phoneNumber',
    'formFieldLabel__username',
  ]),
  continueWith: 'socialButtonsBlockButton',
  // Password step.
  passwordTitle: ['signIn.password.title', 'signInEnterPasswordTitle'],
  asIdentifier: { none: 'The identifier the user typed, with no words around it.' },
  password: 'formFieldLabel__password',
  forgotPassword: 'formFieldAction__forgotPassword',
  // Code steps.
  checkEmail: 'signIn.emailCode.title',
  checkPhone: 'signIn.phoneCode.title',
  clientTrustTitle: ['reverification.emailCode.title', 'formButtonPrimary__verify'],
  resetTitle: 'signIn.forgotPassword.title',
  verifyEmail: 'signUp.emailCode.title',
  verifyPhone: 'signUp.phoneCode.title',
  // Email link.
  linkSent: 'userProfile.emailAddressPage.emailLink.formSubtitle',
  resendLink: 'signIn.emailLink.resendButton',
  resendLinkIn: counting('signIn.emailLink.resendButton'),
  // Another method.
  chooseStrategyTitle: 'signIn.alternativeMethods.title',
  strategy_password: 'signIn.alternativeMethods.blockButton__password',
  strategy_email_code: naming('signIn.alternativeMethods.blockButton__emailCode'),
  strategy_phone_code: naming('signIn.alternativeMethods.blockButton__phoneCode'),
  strategy_email_link: naming('signIn.alternativeMethods.blockButton__emailLink'),
  // Second factor.
  secondFactorTitle: 'signIn.totpMfa.title',
  totpHint: 'signIn.totpMfa.subtitle',
  backupCodeHint: 'signIn.backupCodeMfa.subtitle',
  backupCode: 'formFieldLabel__backupCode',
  method_totp: 'signIn.alternativeMethods.blockButton__totp',
  method_phone_code: naming('signIn.alternativeMethods.blockButton__phoneCode'),
  method_email_code: naming('signIn.alternativeMethods.blockButton__emailCode'),
  method_passkey: 'signIn.alternativeMethods.blockButton__passkey',
  method_backup_code: 'signIn.alternativeMethods.blockButton__backupCode',
  // New password (step and task).
  newPasswordTitle: 'signIn.resetPassword.title',
  newPassword: 'formFieldLabel__newPassword',
  signOutOthers: 'formFieldLabel__signOutOfOtherSessions',
  resetPassword: 'signIn.resetPassword.formButtonPrimary',
  // Missing requirements.
  missingTitle: 'signUp.continue.title',
  firstName: 'formFieldLabel__firstName',
  lastName: 'formFieldLabel__lastName',
  emailAddress: 'formFieldLabel__emailAddress',
  phoneNumber: 'formFieldLabel__phoneNumber',
  legalAccepted: LEGAL,
  terms: [{ linkIn: LEGAL, placeholder: 'termsOfServiceLink' }, 'footerPageLink__terms'],
  privacy: [{ linkIn: LEGAL, placeholder: 'privacyPolicyLink' }, 'footerPageLink__privacy'],
  // Choose an organization.
  chooseOrganizationTitle: 'taskChooseOrganization.chooseOrganization.title',
  organizationName: ['formFieldInputPlaceholder__organizationName', 'formFieldLabel__organizationName'],
  invitation: 'taskChooseOrganization.chooseOrganization.action__invitationAccept',
  suggestion: 'taskChooseOrganization.chooseOrganization.action__suggestionsAccept',
  loadMore: 'paginationButton__next',
  searchOrganizations: 'organizationProfile.membersPage.action__search',
  noOrganizations: { none: 'Clerk’s task has no search; its other “no results” texts name members or API keys.' },
  createOrganization: 'createOrganization.formButtonSubmit',
  // Set up two-step verification.
  setupMfaTitle: ['taskSetupMfa.start.title', 'userProfile.mfaPage.title'],
  setupMfaStartHint: ['taskSetupMfa.start.subtitle', 'userProfile.mfaPage.formHint'],
  setupMfaHint: [
    'taskSetupMfa.totpCode.addAuthenticatorApp.infoText__unableToScan',
    'userProfile.mfaTOTPPage.authenticatorApp.infoText__unableToScan',
  ],
  setupSmsHint: ['taskSetupMfa.smsCode.addPhone.infoText', 'userProfile.phoneNumberPage.infoText'],
  backupCodesHint: ['taskSetupMfa.totpCode.success.message2', 'userProfile.mfaPhoneCodePage.successMessage2'],
  secret: { none: 'Clerk shows the secret with no label, under a sentence that names it (`setupMfaHint`).' },
  // The otpauth:// link adds the account to the authenticator app: Clerk's words for doing that.
  setupUri: 'userProfile.mfaTOTPPage.title',
  startSetup: ['taskSetupMfa.start.methodSelection.totp', 'userProfile.mfaTOTPPage.title'],
  startSmsSetup: ['taskSetupMfa.start.methodSelection.phoneCode', 'userProfile.mfaPhoneCodePage.title'],
  savedCodes: ['taskSetupMfa.totpCode.success.finishButton', 'formButtonPrimary'],
  // Screens with nothing to fill in.
  protectCheckTitle: ['signIn.protectCheck.title', 'signIn.emailLink.loading.title'],
  completeTitle: 'signIn.emailLink.verified.title',
  unknownTaskTitle: ['reverification.emailCode.title', 'signIn.noAvailableMethods.title'],
  unknownTaskHint: { none: 'Clerk’s UI never shows a task it does not know, so it has no words for one.' },
  // The drop-in's footer.
  noAccount: 'signIn.start.actionText',
  haveAccount: 'signUp.start.actionText',
  signUp: 'signIn.start.actionLink',
  signIn: 'signUp.start.actionLink',
  joinWaitlist: ['signIn.start.actionLink__join_waitlist', 'waitlist.start.formButton'],
  // Enterprise SSO: several connections for one domain. Locales without Clerk's picker (fr, de, ar)
  // get its sign-in title and subtitle: this step is a sign-in.
  enterpriseSsoTitle: ['signIn.enterpriseConnections.title', 'signIn.start.title'],
  enterpriseSsoHint: ['signIn.enterpriseConnections.subtitle', 'signIn.start.subtitle'],
  enterpriseConnection: 'socialButtonsBlockButton',
  // Who may sign up, said up front; Clerk's restricted-access screen says it the same way.
  invitationOnly: 'signUp.restrictedAccess.subtitle',
  signUpClosedTitle: 'signUp.restrictedAccess.title',
  signUpRestrictedHint: 'signUp.restrictedAccess.subtitle',
  signUpWaitlistHint: 'signUp.restrictedAccess.subtitleWaitlist',
  earlyAccess: 'signIn.start.actionText__join_waitlist',
  // The waitlist.
  waitlistTitle: 'waitlist.start.title',
  waitlistHint: 'waitlist.start.subtitle',
  waitlistJoinedTitle: 'waitlist.success.title',
  waitlistJoinedHint: 'waitlist.success.subtitle',
  haveAccess: 'waitlist.start.actionText',
  // The look: a pending submit, the subtitles, the divider before the social buttons.
  pending: ['signIn.protectCheck.loading', 'signIn.emailLink.loading.title'],
  signInOrUpSubtitle: ['signIn.start.subtitleCombined', 'signIn.start.subtitle'],
  signInSubtitle: 'signIn.start.subtitle',
  signUpSubtitle: 'signUp.start.subtitle',
  or: 'dividerText',
  // Organizations to create, the QR code and the backup codes' actions.
  createOrganizationTitle: ['createOrganization.title', 'taskChooseOrganization.createOrganization.title'],
  newOrganization: ['organizationList.action__createOrganization', 'organizationList.createOrganization'],
  qrCode: [
    'taskSetupMfa.totpCode.addAuthenticatorApp.infoText__ableToScan',
    'userProfile.mfaTOTPPage.authenticatorApp.infoText__ableToScan',
  ],
  manualKey: [
    'taskSetupMfa.totpCode.addAuthenticatorApp.buttonUnableToScan__nonPrimary',
    'userProfile.mfaTOTPPage.authenticatorApp.buttonUnableToScan__nonPrimary',
  ],
  copyCodes: 'userProfile.backupCodePage.actionLabel__copy',
  copiedCodes: 'userProfile.backupCodePage.actionLabel__copied',
  downloadCodes: 'userProfile.backupCodePage.actionLabel__download',
  // Passkeys, Clerk Protect and the screen extras (issue 15 §1, §3, §6).
  lastUsed: 'lastAuthenticationStrategy',
  editIdentifier: { none: 'Clerk’s edit button is an icon; its label names the identifier (`editIdentifierLabel`).' },
  editIdentifierLabel: { none: 'Clerk’s `identityPreviewEditButton__identifier` does not name the identifier.' },
  signInWithPasskey: 'signIn.alternativeMethods.blockButton__passkey',
  codeSentWhatsApp: { none: 'Clerk’s UI has no WhatsApp channel sentence.' },
  sendWithWhatsApp: { none: 'Clerk’s UI picks the channel by country; it offers no switch.' },
  passkeyHint: 'signIn.passkey.subtitle',
  usePasskey: 'signIn.passkey.title',
  protectCheckRunning: {
    none: 'Only en-US has `signIn.protectCheck.subtitle`; fr, de, ja and ar have no Protect texts.',
  },
  retry: { none: 'Only en-US has `signIn.protectCheck.retryButton`; fr, de, ja and ar have no Protect texts.' },
  rule_password_too_short: { none: 'Clerk’s `minimumLength` is a fragment with `{{length}}`, not a rule line.' },
  rule_password_too_long: { none: 'Clerk’s `maximumLength` is a fragment with `{{length}}`, not a rule line.' },
  rule_password_needs_number: 'unstable__errors.passwordComplexity.requireNumbers',
  rule_password_needs_special: 'unstable__errors.passwordComplexity.requireSpecialCharacter',
  rule_password_needs_uppercase: 'unstable__errors.passwordComplexity.requireUppercase',
  rule_password_needs_lowercase: 'unstable__errors.passwordComplexity.requireLowercase',
  ruleMet: { none: 'Clerk’s UI lists no rules as met or not.' },
  ruleNotMet: { none: 'Clerk’s UI lists no rules as met or not.' },
  strength_weak: 'unstable__errors.zxcvbn.notEnough',
  strength_fair: 'unstable__errors.zxcvbn.couldBeStronger',
  strength_strong: 'unstable__errors.zxcvbn.goodPassword',
  // The modal.
  // Clerk's modal closes with an icon; its word for leaving a form unfinished.
  close: 'userProfile.formButtonReset',
} as const satisfies Record<LocalizationKey, ClerkSource>

/**
 * Flowkit's own error messages (flows' `messages` keys) and its stable error codes, from Clerk's
 * texts. Clerk's `unstable__errors` come along too, under their own keys (`form_code_incorrect`,
 * `form_identifier_exists__email_address`): that is where an error's `messageKey` and `clerkCode`
 * find them.
 */
export const CLERK_ERRORS = {
  // Flowkit's checks before any request.
  empty: 'unstable__errors.form_param_nil',
  too_long: { none: 'Clerk’s length errors name first and last names only, never an identifier.' },
  invalid_email: 'unstable__errors.form_param_format_invalid__email_address',
  invalid_phone: 'unstable__errors.form_param_format_invalid__phone_number',
  invalid_username: 'unstable__errors.form_username_invalid_character',
  not_accepted: 'unstable__errors.form_param_format_invalid',
  invalid_code: 'unstable__errors.form_code_incorrect',
  password_too_short: [
    passwordMust('unstable__errors.passwordComplexity.minimumLength'),
    'unstable__errors.form_password_length_too_short',
  ],
  password_too_long: passwordMust('unstable__errors.passwordComplexity.maximumLength'),
  password_needs_number: passwordMust('unstable__errors.passwordComplexity.requireNumbers'),
  password_needs_special: passwordMust('unstable__errors.passwordComplexity.requireSpecialCharacter'),
  password_needs_uppercase: passwordMust('unstable__errors.passwordComplexity.requireUppercase'),
  password_needs_lowercase: passwordMust('unstable__errors.passwordComplexity.requireLowercase'),
  legal_required: 'signUp.legalConsent.continue.subtitle',
  verification_expired: 'formFieldError__verificationLinkExpired',
  client_mismatch: 'signIn.emailLink.clientMismatch.subtitle',
  protect_check: 'unstable__errors.protect_check_unsupported_environment',
  sign_up_abandoned: { none: 'Clerk’s UI restarts an abandoned sign-up without a word.' },
  suggestion_requested: 'organizationList.suggestionsAcceptedLabel',
  rate_limited: ['oauthDeviceVerification.error.rateLimitedTitle', AN_ERROR],
  network: ['oauthDeviceVerification.error.genericSubtitle', AN_ERROR],
  server: AN_ERROR,
  unknown: AN_ERROR,
  // Flowkit's stable codes, for the Clerk codes a locale has no text of its own for.
  invalid_input: 'unstable__errors.form_param_format_invalid',
  incorrect_code: 'unstable__errors.form_code_incorrect',
  expired_code: { none: 'Clerk has no text for an expired code (its UI shows the server’s message).' },
  incorrect_password: 'unstable__errors.form_password_incorrect',
  weak_password: 'unstable__errors.form_password_not_strong_enough',
  identifier_not_found: 'unstable__errors.form_identifier_not_found',
  identifier_exists: { none: 'Clerk names the identifier (`form_identifier_exists__email_address`…): by messageKey.' },
  sign_up_restricted: 'signUp.restrictedAccess.subtitle',
  sign_up_waitlist: 'signUp.restrictedAccess.subtitleWaitlist',
  sign_up_not_allowed: 'signUp.restrictedAccess.subtitle',
  provider_denied: 'unstable__errors.oauth_access_denied',
  invitation_invalid: 'unstable__errors.ticket_invalid_code',
  invitation_expired: 'unstable__errors.ticket_expired_code',
  // Clerk's UI shows the identity provider's own reason; a locale has no sentence of its own for it.
  sso_refused: AN_ERROR,
  attempt_expired: { none: 'Clerk’s UI starts an expired attempt again without a word.' },
  passkey_unsupported: 'unstable__errors.passkey_not_supported',
  passkey_cancelled: 'unstable__errors.passkey_retrieval_cancelled',
  passkey_not_found: { none: 'Clerk’s `passkey_not_registered` has no text in its locales.' },
  passkey_failed: { none: 'Clerk shows the server’s own message for a passkey it could not verify.' },
  protect_check_failed: 'unstable__errors.protect_check_execution_failed',
  protect_check_script: 'unstable__errors.protect_check_script_load_failed',
  not_allowed: 'unstable__errors.not_allowed_access',
} as const satisfies Record<MessageKey | FlowErrorCode, ClerkSource>
