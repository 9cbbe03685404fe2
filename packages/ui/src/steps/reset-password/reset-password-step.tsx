import { Alert } from '../../primitives/alert'
import { FieldError, FieldLabel } from '../../primitives/field'
import { Submit } from '../../primitives/submit'
import { Title } from '../../primitives/title'
import type { FlowRootProps } from '../shared/flow-root'
import { NewPasswordInput, SignOutOthers } from '../shared/new-password'
import { PasswordHint } from '../shared/password-hint'
import { ResetPasswordStepRoot } from './reset-password-step-root'

export type ResetPasswordStepProps = Omit<FlowRootProps, 'children'>

/** The reset-password step's default composition. */
export function ResetPasswordStepDefault(props: ResetPasswordStepProps) {
  return (
    <ResetPasswordStepRoot {...props}>
      <Title />
      <FieldLabel />
      <NewPasswordInput />
      <FieldError />
      <PasswordHint />
      <SignOutOthers />
      <Alert />
      <Submit />
    </ResetPasswordStepRoot>
  )
}
