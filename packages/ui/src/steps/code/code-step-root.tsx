import type { SignInOrUpFlow, SignInOrUpStep } from '@flowkit/flows'
import { forwardRef } from 'react'
import { codeStrings } from '../../localization/en/code'
import type { LocalizationKey } from '../../localization/types'
import { type StepConfig, StepRoot } from '../../primitives/step-root'
import { type FlowRootProps, useFlowRoot } from '../shared/flow-root'

const TITLES: { [Name in SignInOrUpStep['name']]?: LocalizationKey } = {
  'client-trust': 'clientTrustTitle',
  'reset-password-code': 'resetTitle',
}

const config = (flow: SignInOrUpFlow): StepConfig => {
  const { step } = flow
  const identifier = 'safeIdentifier' in step ? step.safeIdentifier : undefined
  const strategy = 'strategy' in step ? step.strategy : undefined
  return {
    strings: codeStrings,
    // The title for each step that asks for an emailed or texted code.
    titleKey:
      step.name === 'verify-sign-up'
        ? step.channel === 'phone_number'
          ? 'verifyPhone'
          : 'verifyEmail'
        : (TITLES[step.name] ?? (strategy === 'phone_code' ? 'checkPhone' : 'checkEmail')),
    // Say where the code went only when Clerk says (a masked address or number), and how.
    subtitleKey: identifier
      ? 'phoneChannel' in step && step.phoneChannel === 'whatsapp'
        ? 'codeSentWhatsApp'
        : 'codeSent'
      : undefined,
    values: { identifier },
    field: 'code',
    labelKey: 'code',
    submitKey: 'verify',
    attributes: { 'data-strategy': strategy },
    submit: (code) => flow.submitCode(code),
  }
}

/** The `<form>` of a code step (first factor, client trust, reset code, sign-up verification). */
export const CodeStepRoot = /* @__PURE__ */ forwardRef<HTMLFormElement, FlowRootProps>(function CodeStepRoot(
  { flow, ...props },
  ref,
) {
  return <StepRoot rootRef={ref} {...useFlowRoot('CodeStep.Root', flow, config)} {...props} />
})
