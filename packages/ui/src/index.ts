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
export { Waitlist, type WaitlistProps } from './drop-ins/waitlist'
export { en } from './localization/en'
export type { Localization, LocalizationKey } from './localization/types'
export { Alert } from './primitives/alert'
export { Checkbox, type CheckboxProps } from './primitives/checkbox'
export { composeRefs, useComposedRefs } from './primitives/compose-refs'
export type { PartName } from './primitives/data-attributes'
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
export type { PartProps } from './primitives/part'
export type { SlotProps } from './primitives/slot'
export { Slot } from './primitives/slot'
export type { RootProps } from './primitives/step-root'
export { Submit } from './primitives/submit'
export { Subtitle, Title } from './primitives/title'
export type { ClassNames, UiOptions } from './primitives/ui-options'
export { ChooseStrategyStep, type ChooseStrategyStepProps } from './steps/choose-strategy'
export { CodeStep, type CodeStepProps } from './steps/code'
export { EmailLinkStep, type EmailLinkStepProps } from './steps/email-link'
export {
  type EnterpriseConnectionProps,
  type EnterpriseConnectionsProps,
  EnterpriseSsoStep,
  type EnterpriseSsoStepProps,
} from './steps/enterprise-sso'
export { IdentifierStep, type IdentifierStepProps } from './steps/identifier'
export {
  type MissingFieldProps,
  MissingRequirementsStep,
  type MissingRequirementsStepProps,
  type MissingRequirementsStepRootProps,
} from './steps/missing-requirements'
export { PasswordStep, type PasswordStepProps } from './steps/password'
export {
  ProtectCheckStep,
  type ProtectCheckStepProps,
  type ProtectCheckStepRootProps,
} from './steps/protect-check'
export { ResetPasswordStep, type ResetPasswordStepProps } from './steps/reset-password'
export { SecondFactorStep, type SecondFactorStepProps } from './steps/second-factor'
export { EditIdentifier } from './steps/shared/edit-identifier'
export type { FlowRootProps } from './steps/shared/flow-root'
export { LastUsed, type LastUsedProps } from './steps/shared/last-used'
export { PasswordHint, type PasswordHintProps } from './steps/shared/password-hint'
export { SocialButton, type SocialButtonProps } from './steps/shared/social-button'
export { SocialButtons, type SocialButtonsProps } from './steps/shared/social-buttons'
export { Strategies, type StrategiesProps } from './steps/shared/strategies'
export { Strategy, type StrategyProps } from './steps/shared/strategy'
export { WaitlistStep, type WaitlistStepProps, type WaitlistStepRootProps } from './steps/waitlist'
export {
  ChooseOrganizationTask,
  type ChooseOrganizationTaskProps,
  type OrganizationProps,
} from './tasks/choose-organization'
export { ResetPasswordTask, type ResetPasswordTaskProps } from './tasks/reset-password'
export {
  type SetupMfaMethodProps,
  type SetupMfaPhoneNumberProps,
  SetupMfaTask,
  type SetupMfaTaskProps,
} from './tasks/setup-mfa'
export type { TaskRootProps } from './tasks/shared/task-root'
