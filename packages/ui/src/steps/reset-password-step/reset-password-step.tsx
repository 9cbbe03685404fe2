import type { SignInOrUpFlow } from '@flowkit/flows'
import { forwardRef } from 'react'
import { newPasswordStrings } from '../../localization/en'
import { FieldError, FieldLabel } from '../../primitives/field'
import { FormRoot } from '../../primitives/form-root'
import { Alert, Submit, Title } from '../../primitives/step-parts'
import { type FlowRootProps, type StepConfig, useFlowForm } from '../shared/flow-root'
import { NewPasswordInput, readNewPassword, SignOutOthers } from './reset-password-parts'

const config = (flow: SignInOrUpFlow): StepConfig => ({
  strings: newPasswordStrings,
  titleKey: 'newPasswordTitle',
  labelKey: 'newPassword',
  submitKey: 'resetPassword',
  submitValue: (_, values) => {
    const { password, signOutOfOtherSessions } = readNewPassword(values)
    return flow.submitNewPassword(password, { signOutOfOtherSessions })
  },
})

/** The `<form>` that sets a new password (`flow.submitNewPassword`), after a reset code or when Clerk asks. */
const Root = /* @__PURE__ */ forwardRef<HTMLFormElement, FlowRootProps>(function ResetPasswordStepRoot(
  { flow, ...props },
  ref,
) {
  return <FormRoot formRef={ref} {...useFlowForm('ResetPasswordStep.Root', flow, 'newPassword', config)} {...props} />
})

export type ResetPasswordStepProps = Omit<FlowRootProps, 'children'>

function ResetPasswordStepDefault(props: ResetPasswordStepProps) {
  return (
    <Root {...props}>
      <Title />
      <FieldLabel />
      <NewPasswordInput />
      <FieldError />
      <SignOutOthers />
      <Alert />
      <Submit />
    </Root>
  )
}

/**
 * Sets a new password.
 *
 * Anatomy: `Root > Title, Label, Input, Error, SignOutOthers, Alert, Submit`.
 */
export const ResetPasswordStep = /* @__PURE__ */ Object.assign(ResetPasswordStepDefault, {
  Root,
  Title,
  Label: FieldLabel,
  Input: NewPasswordInput,
  Error: FieldError,
  SignOutOthers,
  Alert,
  Submit,
})
