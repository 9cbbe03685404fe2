// The public API of @flowkit/flows, listed explicitly.

export type { FlowError, FlowErrorCode, FlowField } from './errors/types'
export { CODE_LENGTH, filterCodeInput, normalizeCode } from './input/normalize-code'
export type {
  IdentifierKind,
  IdentifierProblem,
  NormalizedIdentifier,
  NormalizeIdentifierOptions,
} from './input/normalize-identifier'
export { normalizeIdentifier } from './input/normalize-identifier'
export type { KnownSignUpField, MissingFieldDescriptor, MissingFieldsController } from './missing-fields/types'
export type { Navigate, NavigateOptions } from './navigation/types'
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
