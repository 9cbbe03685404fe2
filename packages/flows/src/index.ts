// The public API of @flowkit/flows, listed explicitly.

export { messages } from './errors/messages'
export { normalizeError } from './errors/normalize-error'
export type { FlowError, FlowErrorCode, FlowField } from './errors/types'
export { CODE_LENGTH, filterCodeInput, normalizeCode } from './input/normalize-code'
export type {
  IdentifierKind,
  IdentifierProblem,
  NormalizedIdentifier,
  NormalizeIdentifierOptions,
} from './input/normalize-identifier'
export { normalizeIdentifier } from './input/normalize-identifier'
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
  SetupMfaTaskController,
  UnknownTaskController,
} from './session-task/types'
export { useSessionTask } from './session-task/use-session-task'
export type {
  FirstFactorStrategy,
  FlowIntent,
  FlowMode,
  SecondFactorStrategy,
  SignInOrUpFlow,
  SignInOrUpOptions,
  SignInOrUpStep,
  SignInOrUpStepName,
  SocialProvider,
} from './sign-in-or-up/types'
export { useSignInOrUp } from './sign-in-or-up/use-sign-in-or-up'
