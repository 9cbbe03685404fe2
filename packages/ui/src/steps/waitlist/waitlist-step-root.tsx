import type { JoinWaitlistController } from '@flowkit/flows'
import { forwardRef } from 'react'
import { waitlistStrings } from '../../localization/en/waitlist'
import { useWaitlistSource } from '../../primitives/source-context'
import { type RootProps, StepRoot } from '../../primitives/step-root'

export type WaitlistStepRootProps = RootProps & {
  /** The waitlist to join, from `useJoinWaitlist`. Defaults to the enclosing `<Waitlist/>`'s. */
  waitlist?: JoinWaitlistController
}

/** The `<form>` of the waitlist step: submits the email address with `waitlist.join`. */
export const WaitlistStepRoot = /* @__PURE__ */ forwardRef<HTMLFormElement, WaitlistStepRootProps>(
  function WaitlistStepRoot({ waitlist: prop, ...props }, ref) {
    const waitlist = useWaitlistSource('WaitlistStep.Root', prop)
    const source = {
      step: 'waitlist',
      waitlist,
      pending: waitlist.isPending,
      error: waitlist.error,
      fieldError: waitlist.fieldError,
    }
    const config = {
      strings: waitlistStrings,
      titleKey: 'waitlistTitle',
      subtitleKey: 'waitlistHint',
      field: 'emailAddress',
      labelKey: 'email_address',
      submitKey: 'joinWaitlist',
      submit: (emailAddress: string) => waitlist.join(emailAddress),
    } as const
    return <StepRoot rootRef={ref} source={source} config={config} {...props} />
  },
)
