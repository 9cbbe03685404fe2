import { passkeySecondFactor, type SignInOrUpFlow } from '@flowkit/flows'
import { forwardRef } from 'react'
import { secondFactorStrings } from '../../localization/en/second-factor'
import { useFlow } from '../../primitives/source-context'
import { type StepConfig, StepRoot } from '../../primitives/step-root'
import { type FlowRootProps, useFlowRoot } from '../shared/flow-root'

/** The second factor in use (`totp` until the flow says). */
const strategyOf = ({ step }: SignInOrUpFlow) => (step.name === 'second-factor' ? step.strategy : 'totp')

/** The second factor in use, for the parts that differ by it. */
export const useSecondFactor = (part: string) => strategyOf(useFlow(part))

const config = (flow: SignInOrUpFlow): StepConfig => {
  const strategy = strategyOf(flow)
  const identifier = flow.step.name === 'second-factor' ? flow.step.safeIdentifier : undefined
  // A passkey is a button, not a code: submitting asks the browser for it.
  if (strategy === 'passkey')
    return {
      strings: secondFactorStrings,
      titleKey: 'secondFactorTitle',
      subtitleKey: 'passkeyHint',
      field: 'code',
      submitKey: 'usePasskey',
      attributes: { 'data-strategy': strategy },
      submit: () => flow.start(passkeySecondFactor),
    }
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
    values: { identifier },
    field: 'code',
    labelKey: strategy === 'backup_code' ? 'backupCode' : 'code',
    submitKey: 'verify',
    attributes: { 'data-strategy': strategy },
    submit: (code) => flow.submitCode(code),
  }
}

/**
 * The `<form>` of the second factor: submits the TOTP, SMS, email or backup code with
 * `flow.submitCode`, or for a passkey starts it (`flow.start(passkeySecondFactor)`).
 */
export const SecondFactorStepRoot = /* @__PURE__ */ forwardRef<HTMLFormElement, FlowRootProps>(
  function SecondFactorStepRoot({ flow, ...props }, ref) {
    return <StepRoot rootRef={ref} {...useFlowRoot('SecondFactorStep.Root', flow, config)} {...props} />
  },
)
