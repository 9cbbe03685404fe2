import { forwardRef } from 'react'
import { type PartProps, presence } from '../../primitives/part'
import { useFlow } from '../../primitives/source-context'
import { useSecondsLeft } from '../../primitives/use-seconds-left'
import { FlowButton } from './flow-button'

/**
 * Sends a new code (a new link on the email-link step). While `flow.resendAvailableAt` is in the future it counts down the seconds
 * (`data-status="waiting"`, `aria-disabled`) and ignores clicks; only this part re-renders each second.
 */
export const Resend = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(function Resend(props, ref) {
  const flow = useFlow('Resend')
  const seconds = useSecondsLeft(flow.resendAvailableAt)
  const blocked = seconds > 0 || flow.isPending
  const link = flow.step.name === 'email-link'
  return (
    <FlowButton
      aria-disabled={blocked || undefined}
      data-status={seconds ? 'waiting' : 'ready'}
      data-disabled={presence(blocked)}
      {...props}
      buttonRef={ref}
      partName="resend"
      label={link ? (seconds ? 'resendLinkIn' : 'resendLink') : seconds ? 'resendIn' : 'resend'}
      values={{ seconds }}
      onAction={() => blocked || flow.resendCode()}
    />
  )
})
