import { Alert } from '../../primitives/alert'
import { FieldError, FieldLabel } from '../../primitives/field'
import { Submit } from '../../primitives/submit'
import { Subtitle, Title } from '../../primitives/title'
import type { FlowRootProps } from '../shared/flow-root'
import { SocialButtons } from '../shared/social-buttons'
import { Divider } from './divider'
import { IdentifierInput } from './identifier-input'
import { IdentifierStepRoot } from './identifier-step-root'
import { PasskeyButton } from './passkey-button'

export type IdentifierStepProps = Omit<FlowRootProps, 'children'>

/**
 * The identifier step's default composition: title, identifier field, errors, submit, the passkey
 * button, then "or" and the social buttons. They come after the field because they arrive with
 * Clerk's settings: the field, there from the first paint, does not move while the user types.
 */
export function IdentifierStepDefault(props: IdentifierStepProps) {
  return (
    <IdentifierStepRoot {...props}>
      <Title />
      <Subtitle />
      <FieldLabel />
      <IdentifierInput />
      <FieldError />
      <Alert />
      <Submit />
      <PasskeyButton />
      <Divider />
      <SocialButtons />
    </IdentifierStepRoot>
  )
}
