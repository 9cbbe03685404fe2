import { Alert } from '../../primitives/alert'
import { FieldError, FieldLabel } from '../../primitives/field'
import { Submit } from '../../primitives/submit'
import { Subtitle, Title } from '../../primitives/title'
import { AnotherMethod } from '../shared/another-method'
import { Back } from '../shared/back'
import { EditIdentifier } from '../shared/edit-identifier'
import type { FlowRootProps } from '../shared/flow-root'
import { PasswordHint } from '../shared/password-hint'
import { ForgotPassword } from './forgot-password'
import { PasswordInput } from './password-input'
import { PasswordStepRoot } from './password-step-root'

export type PasswordStepProps = Omit<FlowRootProps, 'children'>

/** The password step's default composition. */
export function PasswordStepDefault(props: PasswordStepProps) {
  return (
    <PasswordStepRoot {...props}>
      <Title />
      <Subtitle />
      <FieldLabel />
      <PasswordInput />
      <FieldError />
      <PasswordHint />
      <Alert />
      <Submit />
      <ForgotPassword />
      <EditIdentifier />
      <AnotherMethod />
      <Back />
    </PasswordStepRoot>
  )
}
