import type { SignInOrUpFlow } from '@flowkit/flows'
import { forwardRef } from 'react'
import { passwordStrings } from '../../localization/en'
import { FieldControl, FieldError, FieldLabel } from '../../primitives/field'
import { useFlow } from '../../primitives/flow-context'
import { FormRoot } from '../../primitives/form-root'
import type { PartProps } from '../../primitives/part'
import { Alert, Submit, Subtitle, Title } from '../../primitives/step-parts'
import { AnotherMethod, Back, ForgotPassword } from '../shared/flow-parts'
import { type FlowRootProps, type StepConfig, useFlowForm } from '../shared/flow-root'

const config = (flow: SignInOrUpFlow): StepConfig => ({
  strings: passwordStrings,
  titleKey: 'passwordTitle',
  subtitleKey: 'asIdentifier',
  values: { identifier: flow.identifier },
  labelKey: 'password',
  submitKey: 'continue',
  submitValue: (password) => flow.submitPassword(password),
})

/** The `<form>` of the password step: submits the password with `flow.submitPassword`. */
const Root = /* @__PURE__ */ forwardRef<HTMLFormElement, FlowRootProps>(function PasswordStepRoot(
  { flow, ...props },
  ref,
) {
  return <FormRoot formRef={ref} {...useFlowForm('PasswordStep.Root', flow, 'password', config)} {...props} />
})

/** The password `<input>`: `current-password`, or `new-password` when the flow is creating an account. */
const Input = /* @__PURE__ */ forwardRef<HTMLInputElement, PartProps<'input'>>(function PasswordStepInput(props, ref) {
  const { intent } = useFlow('PasswordStep.Input')
  return (
    <FieldControl
      ref={ref}
      type="password"
      autoComplete={intent === 'sign-up' ? 'new-password' : 'current-password'}
      required
      {...props}
    />
  )
})

export type PasswordStepProps = Omit<FlowRootProps, 'children'>

function PasswordStepDefault(props: PasswordStepProps) {
  return (
    <Root {...props}>
      <Title />
      <Subtitle />
      <FieldLabel />
      <Input />
      <FieldError />
      <Alert />
      <Submit />
      <ForgotPassword />
      <AnotherMethod />
      <Back />
    </Root>
  )
}

/**
 * Asks for the account's password.
 *
 * Anatomy: `Root > Title, Subtitle, Label, Input, Error, Alert, Submit, ForgotPassword, AnotherMethod, Back`.
 */
export const PasswordStep = /* @__PURE__ */ Object.assign(PasswordStepDefault, {
  Root,
  Title,
  Subtitle,
  Label: FieldLabel,
  Input,
  Error: FieldError,
  Alert,
  Submit,
  ForgotPassword,
  AnotherMethod,
  Back,
})
