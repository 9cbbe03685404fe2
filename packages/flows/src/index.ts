// The public API of @flowkit/flows, listed explicitly.

export { type MessageKey, messages } from './errors/messages'
export { normalizeError } from './errors/normalize-error'
export type { FlowError, FlowErrorCode, FlowField } from './errors/types'
export { type EnterpriseConnection, enterpriseSso } from './factors/enterprise-sso'
// Sign-in methods a screen starts or checks itself (`flow.start`, `flow.offers`): only the ones an
// app imports end up in its bundle.
export { passkey, passkeyAutofill, passkeySecondFactor } from './factors/passkey'
export { phoneCodeWhatsApp } from './factors/phone-code'
// The Protect step's script loader, apart from the journey's `protect`: only a screen that shows the
// step carries it.
export { type ProtectChallenge, type ProtectScript, type RunProtectOptions, runProtectCheck } from './factors/protect'
export { ticket } from './factors/ticket'
export type { Attempts, ClerkResult, Environment, Factor, StartableFactor } from './factors/types'
export { CODE_LENGTH, filterCodeInput, normalizeCode } from './input/normalize-code'
export type {
  IdentifierKind,
  IdentifierProblem,
  NormalizedIdentifier,
  NormalizeIdentifierOptions,
} from './input/normalize-identifier'
export { normalizeIdentifier } from './input/normalize-identifier'
export { checkPassword, type PasswordRule, passwordRules, passwordStrength } from './input/password-rules'
export {
  type ClerkLocalization,
  type ClerkLocalizationInUse,
  type ClerkLocalizationKey,
  useClerkLocalization,
} from './localization/clerk-localization'
export type {
  KnownSignUpField,
  MissingFieldDescriptor,
  MissingFieldsController,
  MissingFieldsOptions,
} from './missing-fields/types'
export { useMissingFields } from './missing-fields/use-missing-fields'
export { resolveRedirect, safeRedirect } from './navigation/resolve-redirect'
export type { Navigate, NavigateOptions } from './navigation/types'
export { FlowkitProvider } from './provider/flowkit-provider'
export type {
  ChooseOrganizationItem,
  ChooseOrganizationTaskController,
  OrganizationSummary,
  ResetPasswordTaskController,
  SessionTaskController,
  SessionTaskKey,
  SetupMfaMethod,
  SetupMfaTaskController,
  UnknownTaskController,
} from './session-task/types'
export { useSessionTask } from './session-task/use-session-task'
export type {
  FirstFactorStrategy,
  FlowIntent,
  FlowMode,
  PhoneChannel,
  SecondFactorStrategy,
  SignInOrUpFlow,
  SignInOrUpOptions,
  SignInOrUpStep,
  SignInOrUpStepName,
  SocialProvider,
} from './sign-in-or-up/types'
export { useSignInOrUp } from './sign-in-or-up/use-sign-in-or-up'
export type { JoinWaitlistController, JoinWaitlistOptions } from './waitlist/types'
export { useJoinWaitlist } from './waitlist/use-join-waitlist'
