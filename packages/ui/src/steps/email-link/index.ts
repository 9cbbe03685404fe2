import { Alert } from '../../primitives/alert'
import { Subtitle, Title } from '../../primitives/title'
import { AnotherMethod } from '../shared/another-method'
import { Back } from '../shared/back'
import { Resend } from '../shared/resend'
import { EmailLinkStepDefault } from './email-link-step'
import { EmailLinkStepRoot } from './email-link-step-root'

export type { EmailLinkStepProps } from './email-link-step'

/**
 * Waits for the user to open the sign-in link sent by email; offers to resend it. Nothing to
 * submit, so its Root is a `<div>`.
 *
 * Anatomy: `Root > Title, Subtitle, Alert, Resend, AnotherMethod, Back`.
 */
export const EmailLinkStep = /* @__PURE__ */ Object.assign(EmailLinkStepDefault, {
  Root: EmailLinkStepRoot,
  Title,
  Subtitle,
  Alert,
  Resend,
  AnotherMethod,
  Back,
})
