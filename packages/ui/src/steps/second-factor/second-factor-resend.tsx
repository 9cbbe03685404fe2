import { forwardRef } from 'react'
import type { PartProps } from '../../primitives/part'
import { Resend } from '../shared/resend'
import { useSecondFactor } from './second-factor-step-root'

/** Resends the code; shown only for SMS and email codes. */
export const SecondFactorResend = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(
  function SecondFactorResend(props, ref) {
    const strategy = useSecondFactor('SecondFactorStep.Resend')
    return strategy === 'phone_code' || strategy === 'email_code' ? <Resend ref={ref} {...props} /> : null
  },
)
