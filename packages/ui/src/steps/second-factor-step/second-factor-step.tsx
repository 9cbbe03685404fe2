import type { SignInOrUpFlow } from '@flowkit/flows'
import { forwardRef } from 'react'
import { secondFactorStrings } from '../../localization/en'
import { FieldControl, FieldError, FieldLabel } from '../../primitives/field'
import { useFlow } from '../../primitives/flow-context'
import { FormRoot } from '../../primitives/form-root'
import type { PartProps } from '../../primitives/part'
import { Alert, Submit, Subtitle, Title } from '../../primitives/step-parts'
import { CodeInput } from '../code-step/code-input'
import { Back, Resend, Strategies } from '../shared/flow-parts'
import { type FlowRootProps, type StepConfig, useFlowForm } from '../shared/flow-root'

const config = (flow: SignInOrUpFlow): StepConfig => {
  const strategy = flow.step.name === 'second-factor' ? flow.step.strategy : 'totp'
  const identifier = flow.step.name === 'second-factor' ? flow.step.safeIdentifier : undefined
  return {
    strings: secondFactorStrings,
    titleKey: 'secondFactorTitle',
    subtitleKey:
      strategy === 'totp'
        ? 'totpHint'
        : strategy === 'backup_code'
          ? 'backupCodeHint'
          : identifier
            ? 'codeSent'
            : undefined,
    values: { identifier: identifier ?? '' },
    labelKey: strategy === 'backup_code' ? 'backupCode' : 'code',
    submitKey: 'verify',
    submitValue: (code) => flow.submitCode(code),
  }
}

/** The `<form>` of the second factor: submits the TOTP, SMS, email or backup code with `flow.submitCode`. */
const Root = /* @__PURE__ */ forwardRef<HTMLFormElement, FlowRootProps>(function SecondFactorStepRoot(
  { flow, ...props },
  ref,
) {
  return <FormRoot formRef={ref} {...useFlowForm('SecondFactorStep.Root', flow, 'code', config)} {...props} />
})

const useStrategy = (part: string) => {
  const { step } = useFlow(part)
  return step.name === 'second-factor' ? step.strategy : 'totp'
}

/** The one-time-code input, or a plain text input for a backup code (they are not six digits). */
const Input = /* @__PURE__ */ forwardRef<HTMLInputElement, PartProps<'input'>>(function SecondFactorInput(props, ref) {
  return useStrategy('SecondFactorStep.Input') === 'backup_code' ? (
    <FieldControl ref={ref} autoComplete="off" autoCapitalize="none" spellCheck={false} required {...props} />
  ) : (
    <CodeInput ref={ref} {...props} />
  )
})

/** Resends the code; shown only for SMS and email codes. */
const SecondFactorResend = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(
  function SecondFactorResend(props, ref) {
    const strategy = useStrategy('SecondFactorStep.Resend')
    return strategy === 'phone_code' || strategy === 'email_code' ? <Resend ref={ref} {...props} /> : null
  },
)

export type SecondFactorStepProps = Omit<FlowRootProps, 'children'>

function SecondFactorStepDefault(props: SecondFactorStepProps) {
  return (
    <Root {...props}>
      <Title />
      <Subtitle />
      <FieldLabel />
      <Input />
      <FieldError />
      <Alert />
      <Submit />
      <SecondFactorResend />
      <Strategies />
      <Back />
    </Root>
  )
}

/**
 * The second factor: authenticator (TOTP), SMS or email code, or a backup code, with a way to switch.
 *
 * Anatomy: `Root > Title, Subtitle, Label, Input, Error, Alert, Submit, Resend, Strategies, Back`.
 */
export const SecondFactorStep = /* @__PURE__ */ Object.assign(SecondFactorStepDefault, {
  Root,
  Title,
  Subtitle,
  Label: FieldLabel,
  Input,
  Error: FieldError,
  Alert,
  Submit,
  Resend: SecondFactorResend,
  Strategies,
  Back,
})
