import type { SignInOrUpFlow } from '@flowkit/flows'
import { forwardRef } from 'react'
import { newPasswordStrings } from '../../localization/en/new-password'
import { type StepConfig, StepRoot } from '../../primitives/step-root'
import { type FlowRootProps, useFlowRoot } from '../shared/flow-root'
import { readNewPassword } from '../shared/new-password'

const config = (flow: SignInOrUpFlow): StepConfig => ({
  strings: newPasswordStrings,
  titleKey: 'newPasswordTitle',
  field: 'newPassword',
  labelKey: 'newPassword',
  submitKey: 'resetPassword',
  submit: (_, values) => {
    const { password, signOutOfOtherSessions } = readNewPassword(values)
    return flow.submitNewPassword(password, { signOutOfOtherSessions })
  },
})

/** The `<form>` that sets a new password (`flow.submitNewPassword`), after a reset code or when Clerk asks. */
export const ResetPasswordStepRoot = /* @__PURE__ */ forwardRef<HTMLFormElement, FlowRootProps>(
  function ResetPasswordStepRoot({ flow, ...props }, ref) {
    return <StepRoot rootRef={ref} {...useFlowRoot('ResetPasswordStep.Root', flow, config)} {...props} />
  },
)
