import type { IdentifierKind, SignInOrUpFlow } from '@flowkit/flows'
import { forwardRef } from 'react'
import { identifierStrings } from '../../localization/en/identifier'
import type { LocalizationKey } from '../../localization/types'
import { type StepConfig, StepRoot } from '../../primitives/step-root'
import { type FlowRootProps, useFlowRoot } from '../shared/flow-root'

const TITLES = { 'sign-in-or-up': 'signInOrUpTitle', 'sign-in': 'signInTitle', 'sign-up': 'signUpTitle' } as const
const SUBTITLES = {
  'sign-in-or-up': 'signInOrUpSubtitle',
  'sign-in': 'signInSubtitle',
  'sign-up': 'signUpSubtitle',
} as const

const KINDS: IdentifierKind[] = ['email_address', 'phone_number', 'username']

const shownIntent = (flow: SignInOrUpFlow) =>
  flow.intent === 'sign-in-or-up' && flow.signUpMode !== 'public' ? 'sign-in' : flow.intent

const config = (flow: SignInOrUpFlow): StepConfig => ({
  strings: identifierStrings,
  // Where only an invitation or the waitlist lets people in, the combined flow is a sign-in.
  titleKey: TITLES[shownIntent(flow)],
  subtitleKey: SUBTITLES[shownIntent(flow)],
  field: 'identifier',
  // "Email address", "Email address or username"…: the identifiers the instance accepts (an email
  // address until Clerk has said, the field already taking input).
  labelKey: (KINDS.filter((kind) => flow.identifierKinds.includes(kind)).join('_') ||
    'email_address') as LocalizationKey,
  submitKey: 'continue',
  submit: (identifier) => flow.submitIdentifier(identifier),
})

/** The `<form>` of the identifier step: submits the identifier with `flow.submitIdentifier`. */
export const IdentifierStepRoot = /* @__PURE__ */ forwardRef<HTMLFormElement, FlowRootProps>(
  function IdentifierStepRoot({ flow, ...props }, ref) {
    return <StepRoot rootRef={ref} {...useFlowRoot('IdentifierStep.Root', flow, config)} {...props} />
  },
)
