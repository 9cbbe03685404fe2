import { type SignInOrUpFlow, ticket } from '@flowkit/flows'
import { useRef } from 'react'
import { signUpModeStrings } from '../localization/en/sign-up-mode'
import { Alert } from '../primitives/alert'
import { StepContext } from '../primitives/step-state'
import { UiScope } from '../primitives/ui-options'
import { Status } from './status'

/**
 * What `<SignUp/>` shows instead of a form where sign-up is closed to the public, said up front:
 * by invitation only, or through the waitlist (its link is the drop-in's footer). An invitation
 * that could not be used says why here.
 */
export function SignUpClosed({ flow }: { flow: SignInOrUpFlow }) {
  const hintKey = flow.signUpMode === 'waitlist' ? 'signUpWaitlistHint' : 'signUpRestrictedHint'
  return (
    <UiScope strings={signUpModeStrings}>
      <Status titleKey="signUpClosedTitle" hintKey={hintKey} />
      <StepContext.Provider value={{ error: flow.error }}>
        <Alert />
      </StepContext.Provider>
    </UiScope>
  )
}

/** Whether `<SignUp/>`'s flow meets a sign-up closed to the public: by invitation or waitlist only. */
export const signUpClosed = (flow: SignInOrUpFlow) => flow.intent === 'sign-up' && flow.signUpMode !== 'public'

/**
 * Whether the invitation in the address (`__clerk_ticket`) is still being redeemed at the visit's
 * start: until the flow has been pending and settled (or moved on, or failed), the identifier step
 * shows `fallback` rather than a form or a notice the invitation is about to replace.
 */
export function useRedeemingInvitation(flow: SignInOrUpFlow): boolean {
  const settled = useRef(false)
  const wasPending = useRef(false)
  if (flow.step.name !== 'loading') {
    if (flow.isPending) wasPending.current = true
    else if (wasPending.current || flow.error || flow.step.name !== 'identifier') settled.current = true
  }
  const invited = typeof window !== 'undefined' && ticket.inUrl(window.location.search) !== null
  return invited && !settled.current
}
