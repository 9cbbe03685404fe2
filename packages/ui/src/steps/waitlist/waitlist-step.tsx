import { Alert } from '../../primitives/alert'
import { FieldError, FieldLabel } from '../../primitives/field'
import { Submit } from '../../primitives/submit'
import { Subtitle, Title } from '../../primitives/title'
import { WaitlistInput } from './waitlist-input'
import { WaitlistStepRoot, type WaitlistStepRootProps } from './waitlist-step-root'

export type WaitlistStepProps = Omit<WaitlistStepRootProps, 'children'>

/** The waitlist step's default composition: title, hint, email field, errors, submit. */
export function WaitlistStepDefault(props: WaitlistStepProps) {
  return (
    <WaitlistStepRoot {...props}>
      <Title />
      <Subtitle />
      <FieldLabel />
      <WaitlistInput />
      <FieldError />
      <Alert />
      <Submit />
    </WaitlistStepRoot>
  )
}
