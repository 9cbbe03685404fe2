import type { ResetPasswordTaskController } from '@flowkit/flows'
import { Alert } from '../../primitives/alert'
import { FieldError, FieldLabel } from '../../primitives/field'
import { Submit } from '../../primitives/submit'
import { Title } from '../../primitives/title'
import { NewPasswordInput, SignOutOthers } from '../../steps/shared/new-password'
import { PasswordHint } from '../../steps/shared/password-hint'
import type { TaskRootProps } from '../shared/task-root'
import { ResetPasswordTaskRoot } from './reset-password-root'

export type ResetPasswordTaskProps = Omit<TaskRootProps<ResetPasswordTaskController>, 'children'>

/** The reset-password task's default composition. */
export function ResetPasswordTaskDefault(props: ResetPasswordTaskProps) {
  return (
    <ResetPasswordTaskRoot {...props}>
      <Title />
      <FieldLabel />
      <NewPasswordInput />
      <FieldError />
      <PasswordHint />
      <SignOutOthers />
      <Alert />
      <Submit />
    </ResetPasswordTaskRoot>
  )
}
