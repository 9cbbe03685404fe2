import type { SignInOrUpFlow } from '@flowkit/flows'
import { forwardRef } from 'react'
import { emailLinkStrings } from '../../localization/en'
import { FormRoot } from '../../primitives/form-root'
import { Alert, Subtitle, Title } from '../../primitives/step-parts'
import { AnotherMethod, Back, Resend } from '../shared/flow-parts'
import { type FlowRootProps, type StepConfig, useFlowForm } from '../shared/flow-root'

const config = (flow: SignInOrUpFlow): StepConfig => ({
  strings: emailLinkStrings,
  titleKey: 'checkEmail',
  subtitleKey: 'linkSent',
  values: { identifier: flow.step.name === 'email-link' ? flow.step.safeIdentifier : flow.identifier },
  submitKey: 'continue',
  submitValue: () => undefined,
})

/** The root of the "check your email" step while an email link is outstanding. */
const Root = /* @__PURE__ */ forwardRef<HTMLFormElement, FlowRootProps>(function EmailLinkStepRoot(
  { flow, ...props },
  ref,
) {
  return <FormRoot formRef={ref} {...useFlowForm('EmailLinkStep.Root', flow, undefined, config)} {...props} />
})

export type EmailLinkStepProps = Omit<FlowRootProps, 'children'>

function EmailLinkStepDefault(props: EmailLinkStepProps) {
  return (
    <Root {...props}>
      <Title />
      <Subtitle />
      <Alert />
      <Resend />
      <AnotherMethod />
      <Back />
    </Root>
  )
}

/**
 * Waits for the user to open the sign-in link sent by email; offers to resend it.
 *
 * Anatomy: `Root > Title, Subtitle, Alert, Resend, AnotherMethod, Back`.
 */
export const EmailLinkStep = /* @__PURE__ */ Object.assign(EmailLinkStepDefault, {
  Root,
  Title,
  Subtitle,
  Alert,
  Resend,
  AnotherMethod,
  Back,
})
