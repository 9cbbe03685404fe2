import type { SignInOrUpFlow } from '@flowkit/flows'
import { forwardRef } from 'react'
import { emailLinkStrings } from '../../localization/en/email-link'
import { type StepConfig, StepRoot } from '../../primitives/step-root'
import { type FlowRootProps, useFlowRoot } from '../shared/flow-root'

// Nothing to submit (the user opens the link), so no `submit`: the root is a `<div>`.
const config = (flow: SignInOrUpFlow): StepConfig => ({
  strings: emailLinkStrings,
  titleKey: 'checkEmail',
  subtitleKey: 'linkSent',
  values: { identifier: flow.step.name === 'email-link' ? flow.step.safeIdentifier : flow.identifier },
})

/** The `<div>` of the "check your email" step while an email link is outstanding. */
export const EmailLinkStepRoot = /* @__PURE__ */ forwardRef<HTMLDivElement, FlowRootProps<'div'>>(
  function EmailLinkStepRoot({ flow, ...props }, ref) {
    return <StepRoot rootRef={ref} {...useFlowRoot('EmailLinkStep.Root', flow, config)} {...props} />
  },
)
