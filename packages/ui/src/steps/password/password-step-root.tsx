import type { SignInOrUpFlow } from '@flowkit/flows'
import { forwardRef } from 'react'
import { passwordStrings } from '../../localization/en/password'
import { type StepConfig, StepRoot } from '../../primitives/step-root'
import { type FlowRootProps, useFlowRoot } from '../shared/flow-root'

const config = (flow: SignInOrUpFlow): StepConfig => ({
  strings: passwordStrings,
  titleKey: 'passwordTitle',
  subtitleKey: 'asIdentifier',
  values: { identifier: flow.identifier },
  field: 'password',
  labelKey: 'password',
  submitKey: 'continue',
  submit: (password) => flow.submitPassword(password),
})

/** The `<form>` of the password step: submits the password with `flow.submitPassword`. */
export const PasswordStepRoot = /* @__PURE__ */ forwardRef<HTMLFormElement, FlowRootProps>(function PasswordStepRoot(
  { flow, ...props },
  ref,
) {
  return <StepRoot rootRef={ref} {...useFlowRoot('PasswordStep.Root', flow, config)} {...props} />
})
