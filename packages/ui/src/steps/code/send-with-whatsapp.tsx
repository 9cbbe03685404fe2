import { phoneCodeWhatsApp } from '@flowkit/flows'
import { forwardRef } from 'react'
import { type PartProps, presence } from '../../primitives/part'
import { useFlow } from '../../primitives/source-context'
import { FlowButton } from '../shared/flow-button'

/**
 * “Send with WhatsApp instead” on a step that texted a code (`flow.resendCode({ channel: 'whatsapp' })`),
 * where the instance offers WhatsApp; gone once the code went that way (Resend then uses it too).
 */
export const SendWithWhatsApp = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(
  function SendWithWhatsApp(props, ref) {
    const flow = useFlow('CodeStep.SendWithWhatsApp')
    const { step, isPending } = flow
    const texted =
      (step.name === 'first-factor' && step.strategy === 'phone_code') ||
      (step.name === 'verify-sign-up' && step.channel === 'phone_number')
    if (!texted || step.phoneChannel === 'whatsapp' || !flow.offers(phoneCodeWhatsApp)) return null
    return (
      <FlowButton
        aria-disabled={isPending || undefined}
        data-disabled={presence(isPending)}
        {...props}
        buttonRef={ref}
        partName="send-with-whatsapp"
        label="sendWithWhatsApp"
        onAction={() => isPending || flow.resendCode({ channel: 'whatsapp' })}
      />
    )
  },
)
