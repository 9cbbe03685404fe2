import { Alert } from '../../primitives/alert'
import { Subtitle, Title } from '../../primitives/title'
import { AnotherMethod } from '../shared/another-method'
import { Back } from '../shared/back'
import type { FlowRootProps } from '../shared/flow-root'
import { Resend } from '../shared/resend'
import { EmailLinkStepRoot } from './email-link-step-root'

export type EmailLinkStepProps = Omit<FlowRootProps<'div'>, 'children'>

/** The email-link step's default composition. */
export function EmailLinkStepDefault(props: EmailLinkStepProps) {
  return (
    <EmailLinkStepRoot {...props}>
      <Title />
      <Subtitle />
      <Alert />
      <Resend />
      <AnotherMethod />
      <Back />
    </EmailLinkStepRoot>
  )
}
