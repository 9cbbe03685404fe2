import { forwardRef } from 'react'
import type { PartProps } from '../../primitives/part'
import { useFlow } from '../../primitives/source-context'
import { FlowButton } from '../shared/flow-button'

/** Starts a password reset (`flow.forgotPassword`). Not shown while signing up. */
export const ForgotPassword = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(
  function ForgotPassword(props, ref) {
    const flow = useFlow('PasswordStep.ForgotPassword')
    return flow.intent === 'sign-up' ? null : (
      <FlowButton
        {...props}
        buttonRef={ref}
        partName="forgot-password"
        label="forgotPassword"
        onAction={() => flow.forgotPassword()}
      />
    )
  },
)
