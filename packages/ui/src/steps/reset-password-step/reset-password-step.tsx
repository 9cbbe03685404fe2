import type { SignInOrUpFlow } from '@flowkit/flows'
import { forwardRef } from 'react'
import { newPasswordStrings } from '../../localization/en'
import { FieldError } from '../../primitives/field'
import { Alert, Submit, Title } from '../../primitives/step-parts'
import { type FlowRootProps, FlowStepRoot, type StepConfig } from '../shared/flow-root'
import { NewPasswordInput, NewPasswordLabel, readNewPassword, SignOutOthers } from './reset-password-parts'

const config = (flow: SignInOrUpFlow): StepConfig => ({
  strings: newPasswordStrings,
  titleKey: 'newPasswordTitle',
  submitKey: 'resetPassword',
  submitValue: (_, __, values) => {
    const { password, signOutOfOtherSessions } = readNewPassword(values)
    return flow.submitNewPassword(password, { signOutOfOtherSessions })
  },
})

/** The `<form>` that sets a new password (`flow.submitNewPassword`), after a reset code or when Clerk asks. */
const Root = /* @__PURE__ */ forwardRef<HTMLFormElement, FlowRootProps>(function ResetPasswordStepRoot(props, ref) {
  return <FlowStepRoot {...props} formRef={ref} rootName="ResetPasswordStep.Root" field="newPassword" config={config} />
})

export type ResetPasswordStepProps = Omit<FlowRootProps, 'children'>

function ResetPasswordStepDefault(props: ResetPasswordStepProps) {
  return (
    <Root {...props}>
      <Title />
      <NewPasswordLabel />
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
  Label: NewPasswordLabel,
  Input: NewPasswordInput,
  Error: FieldError,
  SignOutOthers,
  Alert,
  Submit,
})
