import type { SignInOrUpFlow, SignInOrUpStep } from '@flowkit/flows'
import { forwardRef } from 'react'
import { codeStrings } from '../../localization/en'
import type { LocalizationKey } from '../../localization/types'
import { FieldError, FieldLabel } from '../../primitives/field'
import { FormRoot } from '../../primitives/form-root'
import { Alert, Submit, Subtitle, Title } from '../../primitives/step-parts'
import { AnotherMethod, Back, Resend } from '../shared/flow-parts'
import { type FlowRootProps, type StepConfig, useFlowForm } from '../shared/flow-root'
import { CodeInput } from './code-input'

const TITLES: { [Name in SignInOrUpStep['name']]?: LocalizationKey } = {
  'client-trust': 'clientTrustTitle',
  'reset-password-code': 'resetTitle',
}

/** The title for each step that asks for an emailed or texted code. */
function titleOf(step: SignInOrUpStep): LocalizationKey {
  if (step.name === 'verify-sign-up') return step.channel === 'phone_number' ? 'verifyPhone' : 'verifyEmail'
  return TITLES[step.name] ?? ('strategy' in step && step.strategy === 'phone_code' ? 'checkPhone' : 'checkEmail')
}

const config = (flow: SignInOrUpFlow): StepConfig => {
  const identifier = 'safeIdentifier' in flow.step ? flow.step.safeIdentifier : undefined
  return {
    strings: codeStrings,
    titleKey: titleOf(flow.step),
    // Say where the code went only when Clerk says (a masked address or number).
    subtitleKey: identifier ? 'codeSent' : undefined,
    values: { identifier: identifier ?? '' },
    labelKey: 'code',
    submitKey: 'verify',
    submitValue: (code) => flow.submitCode(code),
  }
}

/** The `<form>` of a code step (first factor, client trust, reset code, sign-up verification). */
const Root = /* @__PURE__ */ forwardRef<HTMLFormElement, FlowRootProps>(function CodeStepRoot({ flow, ...props }, ref) {
  return <FormRoot formRef={ref} {...useFlowForm('CodeStep.Root', flow, 'code', config)} {...props} />
})

export type CodeStepProps = Omit<FlowRootProps, 'children'>

function CodeStepDefault(props: CodeStepProps) {
  return (
    <Root {...props}>
      <Title />
      <Subtitle />
      <FieldLabel />
      <CodeInput />
      <FieldError />
      <Alert />
      <Submit />
      <Resend />
      <AnotherMethod />
      <Back />
    </Root>
  )
}

/**
 * Asks for a six-digit code sent by email or SMS; auto-submits when complete, resends with a countdown.
 *
 * Anatomy: `Root > Title, Subtitle, Label, Input, Error, Alert, Submit, Resend, AnotherMethod, Back`.
 */
export const CodeStep = /* @__PURE__ */ Object.assign(CodeStepDefault, {
  Root,
  Title,
  Subtitle,
  Label: FieldLabel,
  Input: CodeInput,
  Error: FieldError,
  Alert,
  Submit,
  Resend,
  AnotherMethod,
  Back,
})
