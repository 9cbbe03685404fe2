// The public API of @flowkit/ui, listed explicitly.

export type { DropInProps } from './drop-ins/flow-drop-in'
export { SignIn, type SignInProps } from './drop-ins/sign-in'
export { SignInOrUp, type SignInOrUpProps } from './drop-ins/sign-in-or-up'
export { SignInOrUpSteps, type SignInOrUpStepsProps } from './drop-ins/sign-in-or-up-steps'
export { SignUp, type SignUpProps } from './drop-ins/sign-up'
export type { Routing } from './drop-ins/step-url'
export {
  TaskChooseOrganization,
  type TaskDropInProps,
  TaskResetPassword,
  TaskSetupMFA,
} from './drop-ins/task-drop-ins'
export { en } from './localization/en'
export type { Localization, LocalizationKey } from './localization/types'
export { Checkbox, type CheckboxProps } from './primitives/checkbox'
export { composeRefs, useComposedRefs } from './primitives/compose-refs'
export {
  Field,
  FieldControl,
  FieldDescription,
  FieldError,
  FieldLabel,
  type FieldProps,
  FieldScope,
  type FieldScopeProps,
} from './primitives/field'
export type { RootProps } from './primitives/form-root'
export type { PartProps } from './primitives/part'
export type { PartName } from './primitives/part-names'
export type { SlotProps } from './primitives/slot'
export { Slot } from './primitives/slot'
export { Alert, Submit, Subtitle, Title } from './primitives/step-parts'
export type { ClassNames, UiOptions } from './primitives/ui-context'
export { ChooseStrategyStep, type ChooseStrategyStepProps } from './steps/choose-strategy-step/choose-strategy-step'
export { CodeStep, type CodeStepProps } from './steps/code-step/code-step'
export { EmailLinkStep, type EmailLinkStepProps } from './steps/email-link-step/email-link-step'
export { IdentifierStep, type IdentifierStepProps } from './steps/identifier-step/identifier-step'
export {
  type MissingFieldProps,
  MissingRequirementsStep,
  type MissingRequirementsStepProps,
  type MissingRequirementsStepRootProps,
} from './steps/missing-requirements-step/missing-requirements-step'
export { PasswordStep, type PasswordStepProps } from './steps/password-step/password-step'
export { ResetPasswordStep, type ResetPasswordStepProps } from './steps/reset-password-step/reset-password-step'
export { SecondFactorStep, type SecondFactorStepProps } from './steps/second-factor-step/second-factor-step'
export { SocialButtons, type SocialButtonsProps, Strategies, type StrategiesProps } from './steps/shared/flow-parts'
export type { FlowRootProps } from './steps/shared/flow-root'
export { ChooseOrganizationTask, type ChooseOrganizationTaskProps } from './tasks/choose-organization-task'
export { ResetPasswordTask, type ResetPasswordTaskProps } from './tasks/reset-password-task'
export { SetupMfaTask, type SetupMfaTaskProps } from './tasks/setup-mfa-task'
export type { TaskRootProps } from './tasks/task-root'
