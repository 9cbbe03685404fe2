import { Alert } from '../../primitives/alert'
import { FieldError, FieldLabel } from '../../primitives/field'
import { Submit } from '../../primitives/submit'
import { Subtitle, Title } from '../../primitives/title'
import { WaitlistInput } from './waitlist-input'
import { WaitlistStepDefault } from './waitlist-step'
import { WaitlistStepRoot } from './waitlist-step-root'

export type { WaitlistStepProps } from './waitlist-step'
export type { WaitlistStepRootProps } from './waitlist-step-root'

/**
 * Asks for an email address to put on the instance's waitlist (`useJoinWaitlist`).
 *
 * Anatomy: `Root > Title, Subtitle, Label, Input, Error, Alert, Submit`.
 */
export const WaitlistStep = /* @__PURE__ */ Object.assign(WaitlistStepDefault, {
  Root: WaitlistStepRoot,
  Title,
  Subtitle,
  Label: FieldLabel,
  Input: WaitlistInput,
  Error: FieldError,
  Alert,
  Submit,
})
