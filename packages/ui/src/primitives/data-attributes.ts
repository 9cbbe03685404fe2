// The data-* vocabulary of @flowkit/ui: every part, and which attributes it may carry, each with
// its one meaning. The source of truth: the README's and theming.md's tables are generated from it
// (scripts/docs/sections.mjs), and the conformance test checks every rendered part against it.
// Types only reach the product code: an app's bundle carries none of this text.
import type {
  ChooseOrganizationItem,
  FirstFactorStrategy,
  FlowErrorCode,
  JoinWaitlistController,
  SecondFactorStrategy,
  SessionTaskKey,
  SetupMfaTaskController,
  SignInOrUpStepName,
} from '@flowkit/flows'

// Records over the flows types, so a new step, strategy, error code… fails the typecheck until
// the table names it.
const steps: Record<SignInOrUpStepName, true> = {
  loading: true,
  identifier: true,
  password: true,
  'first-factor': true,
  'email-link': true,
  'choose-strategy': true,
  'second-factor': true,
  'client-trust': true,
  'reset-password-code': true,
  'new-password': true,
  'verify-sign-up': true,
  'missing-requirements': true,
  'protect-check': true,
  'enterprise-sso': true,
  'create-account': true,
  task: true,
  complete: true,
}
const tasks: Record<SessionTaskKey, true> = { 'choose-organization': true, 'reset-password': true, 'setup-mfa': true }
const waitlistSteps: Record<Exclude<JoinWaitlistController['step'], 'loading'>, string> = {
  join: 'waitlist',
  joined: 'waitlist-joined',
}
const strategies: Record<FirstFactorStrategy | SecondFactorStrategy, true> = {
  password: true,
  email_code: true,
  phone_code: true,
  email_link: true,
  totp: true,
  passkey: true,
  backup_code: true,
}
const errors: Record<FlowErrorCode, true> = {
  invalid_input: true,
  incorrect_code: true,
  expired_code: true,
  incorrect_password: true,
  weak_password: true,
  identifier_not_found: true,
  identifier_exists: true,
  sign_up_restricted: true,
  sign_up_waitlist: true,
  sign_up_not_allowed: true,
  invitation_invalid: true,
  invitation_expired: true,
  sso_refused: true,
  provider_denied: true,
  attempt_expired: true,
  rate_limited: true,
  network: true,
  server: true,
  not_allowed: true,
  passkey_unsupported: true,
  passkey_cancelled: true,
  passkey_not_found: true,
  passkey_failed: true,
  protect_check_failed: true,
  unknown: true,
}
const kinds: Record<ChooseOrganizationItem['kind'], true> = { membership: true, invitation: true, suggestion: true }
const stages: Record<SetupMfaTaskController['stage'], true> = {
  start: true,
  phone: true,
  verify: true,
  'backup-codes': true,
}

const valuesOf = (record: object) => Object.keys(record)

export interface DataAttributeRow {
  /** Its one meaning. */
  meaning: string
  /** Every value it takes (unless `note` says which others). */
  values?: string[]
  /** What else its values are, when they are not all listed. */
  note?: string
  /** Present and empty when true, absent when false: select it as `[data-pending]`. */
  presence?: true
}

/** Every data attribute Flowkit sets, besides `data-flowkit-part`, with its one meaning. */
export const DATA_ATTRIBUTES = {
  'data-step': {
    meaning: 'Which step or task the root (or the drop-in around it) renders.',
    values: [...valuesOf(steps), ...valuesOf(tasks), ...Object.values(waitlistSteps)],
  },
  'data-strategy': {
    meaning: 'A sign-in method: the one a button offers, or the one a code step verifies.',
    values: valuesOf(strategies),
    note: 'and on `social-button` the provider’s strategy: `oauth_google`, `oauth_github`…',
  },
  'data-stage': {
    meaning:
      'Where the `setup-mfa` task is: choose a method, give a phone number (SMS), verify the app’s or the texted code, save the backup codes.',
    values: valuesOf(stages),
  },
  'data-error': { meaning: 'The code of the error shown (`FlowErrorCode`).', values: valuesOf(errors) },
  'data-status': { meaning: 'Whether a new code can be sent yet.', values: ['waiting', 'ready'] },
  'data-kind': { meaning: 'How the user is related to an organization.', values: valuesOf(kinds) },
  'data-field': {
    meaning: 'The name its value is submitted under.',
    note: 'the field’s `name`: `code`, `organizationName`, `first_name`, `legal_accepted`…',
  },
  'data-state': { meaning: 'Whether the modal is open (Radix’s own attribute).', values: ['open', 'closed'] },
  'data-strength': {
    meaning: 'How strong the password typed so far is (a hint; Clerk still decides).',
    values: ['weak', 'fair', 'strong'],
  },
  'data-invalid': { meaning: 'The field has an error.', presence: true },
  'data-pending': { meaning: 'A request is in flight: pressing or submitting again does nothing.', presence: true },
  'data-disabled': { meaning: 'The control cannot be used now.', presence: true },
  'data-met': { meaning: 'The password typed so far meets this rule.', presence: true },
} satisfies Record<string, DataAttributeRow>

/** A data attribute of the vocabulary. */
export type DataAttribute = keyof typeof DATA_ATTRIBUTES

export interface PartRow {
  /** One line: the element, and which part renders it. */
  what: string
  /** The attributes it may carry besides `data-flowkit-part`. */
  attributes: DataAttribute[]
  /**
   * Rendered by Flowkit with no part component of its own (for Clerk, Radix or a drop-in): style it
   * through `classNames` and its attributes; the conformance test checks those only.
   */
  inner?: true
}

/** Every `data-flowkit-part`, which is also its key in `classNames`. */
export const PARTS = {
  'drop-in': { what: 'The element a drop-in renders around its step.', attributes: ['data-step'] },
  root: {
    what: 'A step’s or task’s `Root`: a `<form>`, or a `<div>` for a step with nothing to submit.',
    attributes: ['data-step', 'data-strategy', 'data-stage', 'data-pending', 'data-disabled'],
  },
  status: { what: 'A screen with nothing to fill in (signed in, unknown task).', attributes: [] },
  logo: { what: 'The drop-in’s `logo`, above the step.', attributes: [], inner: true },
  title: {
    what: 'The step’s heading (`Title`); focus moves here when the step changes and it has no field.',
    attributes: [],
  },
  subtitle: { what: 'The line under the title (`Subtitle`).', attributes: [] },
  field: {
    what: 'A field’s wrapper: its label, control and error (`Field`, `MissingRequirementsStep.Field`, `SetupMfaTask.Verify`, `ChooseOrganizationTask.Search`; `ChooseOrganizationTask.Create` holds its submit too).',
    attributes: ['data-field', 'data-invalid'],
  },
  label: { what: 'A field’s `<label>` (`Label`, or around a `Checkbox`).', attributes: ['data-invalid'] },
  input: {
    what: 'A text, email, tel, search or password `<input>` (`Input`, `FieldControl`).',
    attributes: ['data-invalid', 'data-disabled'],
  },
  'code-input': {
    what: 'The one-time-code `<input>` (`CodeStep.Input`).',
    attributes: ['data-invalid', 'data-disabled'],
  },
  checkbox: {
    what: 'An `<input type="checkbox">` (`Checkbox`, `SignOutOthers`, legal consent).',
    attributes: ['data-invalid', 'data-disabled'],
  },
  description: { what: 'Help text of a field (`FieldDescription`).', attributes: [] },
  'field-error': {
    what: 'A field’s error message (`Error`, `FieldError`).',
    attributes: ['data-error'],
  },
  alert: { what: 'An error about the whole step, `role="alert"` (`Alert`).', attributes: ['data-error'] },
  submit: { what: 'The submit button (`Submit`).', attributes: ['data-pending', 'data-disabled'] },
  spinner: { what: 'The busy mark inside a pending `Submit`, beside “Continuing…”.', attributes: [], inner: true },
  back: { what: '“Back”: goes back one step (`Back`).', attributes: [] },
  'forgot-password': { what: '“Forgot password?”: starts a reset (`PasswordStep.ForgotPassword`).', attributes: [] },
  'another-method': { what: '“Use another method”: lists the other ways in (`AnotherMethod`).', attributes: [] },
  resend: {
    what: '“Resend code” (“Resend link” on the email-link step), counting down while it must wait (`Resend`).',
    attributes: ['data-status', 'data-disabled'],
  },
  divider: {
    what: '“or” between the form and the social buttons (`IdentifierStep.Divider`), when there are any.',
    attributes: [],
  },
  'passkey-button': {
    what: '“Sign in with a passkey” (`IdentifierStep.Passkey`), where the instance and the browser allow it.',
    attributes: ['data-strategy', 'data-disabled'],
  },
  'last-used': {
    what: '“Last used”, inside the button of the method this browser signed in with last (`LastUsed`).',
    attributes: [],
  },
  'edit-identifier': {
    what: '“Edit” the identifier on a code or password step: back to it, kept (`EditIdentifier`).',
    attributes: [],
  },
  'send-with-whatsapp': {
    what: '“Send with WhatsApp instead” on a phone code step (`CodeStep.SendWithWhatsApp`).',
    attributes: ['data-disabled'],
  },
  'password-hint': {
    what: 'The live check of a new password against the instance’s rules (`PasswordHint`), announced politely.',
    attributes: [],
  },
  'password-rule': { what: 'One rule of the password hint, met or not yet.', attributes: ['data-met'], inner: true },
  'password-strength': {
    what: 'The password hint’s strength line, once something is typed.',
    attributes: ['data-strength'],
    inner: true,
  },
  'protect-challenge': {
    what: 'The element Clerk Protect’s challenge script renders into (`ProtectCheckStep.Challenge`).',
    attributes: [],
  },
  retry: { what: '“Try again”: runs a check that could not run again (`ProtectCheckStep.Retry`).', attributes: [] },
  'social-buttons': { what: 'The social sign-in buttons (`SocialButtons`).', attributes: [] },
  'social-button': {
    what: '“Continue with …” one provider (`SocialButton`).',
    attributes: ['data-strategy', 'data-disabled'],
  },
  strategies: {
    what: 'The buttons of the other methods (`Strategies`), or of the methods to set up (`SetupMfaTask.Methods`).',
    attributes: [],
  },
  strategy: {
    what: 'A button that switches to one method (`Strategy`), or sets one up (`SetupMfaTask.Method`).',
    attributes: ['data-strategy'],
  },
  'enterprise-connections': {
    what: 'The buttons of the enterprise connections to choose from (`EnterpriseSsoStep.Connections`).',
    attributes: [],
  },
  'enterprise-connection': {
    what: '“Continue with …” one enterprise connection (`EnterpriseSsoStep.Connection`).',
    attributes: ['data-disabled'],
  },
  organizations: { what: 'The list of organizations to choose from (`Organizations`).', attributes: [] },
  empty: {
    what: 'Said, as `role="status"`, when a search matches nothing (`ChooseOrganizationTask.NoResults`).',
    attributes: [],
  },
  organization: {
    what: 'A button choosing one organization (`Organization`).',
    attributes: ['data-kind', 'data-disabled'],
  },
  avatar: { what: 'An organization’s initials, in its `Organization` button.', attributes: [], inner: true },
  badge: { what: '“Invitation” or “Suggested” on an `Organization` button.', attributes: [], inner: true },
  'load-more': { what: 'Loads the next page of organizations (`LoadMore`).', attributes: ['data-pending'] },
  'create-organization': {
    what: '“Create organization”: opens the `Create` form when there are organizations to choose from.',
    attributes: [],
    inner: true,
  },
  secret: { what: 'The authenticator secret and its `otpauth://` link (`SetupMfaTask.Secret`).', attributes: [] },
  'qr-code': {
    what: 'The `otpauth://` URI as a QR code, an `<svg role="img">` (`SetupMfaTask.QrCode`).',
    attributes: [],
  },
  'backup-codes': { what: 'The list of backup codes (`SetupMfaTask.BackupCodes`).', attributes: [] },
  'phone-numbers': {
    what: 'The user’s verified numbers that can take SMS codes (`SetupMfaTask.PhoneNumbers`).',
    attributes: [],
  },
  'phone-number': {
    what: 'A button using one of those numbers (`SetupMfaTask.PhoneNumber`).',
    attributes: ['data-disabled'],
  },
  'copy-codes': { what: 'Copies the backup codes to the clipboard (`SetupMfaTask.CopyCodes`).', attributes: [] },
  'download-codes': {
    what: 'Downloads the backup codes as a `.txt` file (`SetupMfaTask.DownloadCodes`).',
    attributes: [],
  },
  link: {
    what: 'A link from the instance or the drop-in’s props (terms, privacy, sign-up, waitlist).',
    attributes: [],
  },
  captcha: { what: 'Clerk’s bot-protection mount, `<div id="clerk-captcha">`.', attributes: [], inner: true },
  footer: {
    what: 'The drop-in’s line under the step: the link to sign up or sign in (or to the waitlist), and its `footer`.',
    attributes: [],
    inner: true,
  },
  notice: {
    what: 'The drop-in’s word, up front, on who may sign up (by invitation only).',
    attributes: [],
    inner: true,
  },
  trigger: { what: 'The modal’s default open button.', attributes: ['data-state'], inner: true },
  overlay: { what: 'The modal’s backdrop.', attributes: ['data-state'], inner: true },
  dialog: { what: 'The modal’s dialog.', attributes: ['data-state'], inner: true },
  close: { what: 'The modal’s close button.', attributes: [], inner: true },
} satisfies Record<string, PartRow>

/** Every `data-flowkit-part` value, which is also the key of a part in `classNames`. */
export type PartName = keyof typeof PARTS
