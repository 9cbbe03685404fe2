import type { ResetPasswordTaskController } from '@flowkit/flows'
import { forwardRef } from 'react'
import { newPasswordStrings } from '../localization/en'
import { FieldError } from '../primitives/field'
import { Alert, Submit, Title } from '../primitives/step-parts'
import {
  NewPasswordInput,
  NewPasswordLabel,
  readNewPassword,
  SignOutOthers,
} from '../steps/reset-password-step/reset-password-parts'
import { type TaskConfig, TaskFormRoot, type TaskRootProps } from './task-root'

const config = (): TaskConfig<ResetPasswordTaskController> => ({
  strings: newPasswordStrings,
  titleKey: 'newPasswordTitle',
  submitKey: 'resetPassword',
  onValues: (values, task) => task.submit(readNewPassword(values)),
})

/** The `<form>` of the `reset-password` session task: sets a new password with `task.submit`. */
const Root = /* @__PURE__ */ forwardRef<HTMLFormElement, TaskRootProps<ResetPasswordTaskController>>(
  function ResetPasswordTaskRoot(props, ref) {
    return (
      <TaskFormRoot
        {...props}
        formRef={ref}
        rootName="ResetPasswordTask.Root"
        taskKey="reset-password"
        field="newPassword"
        config={config}
      />
    )
  },
)

export type ResetPasswordTaskProps = Omit<TaskRootProps<ResetPasswordTaskController>, 'children'>

function ResetPasswordTaskDefault(props: ResetPasswordTaskProps) {
  return (
    <Root {...props}>
      <Title />
      <NewPasswordLabel />
      <NewPasswordInput />
      <FieldError />
      <SignOutOthers />
      <Alert />
      <Submit />
    </Root>
  )
}

/**
 * The session task that makes a signed-in user choose a new password.
 *
 * Anatomy: `Root > Title, Label, Input, Error, SignOutOthers, Alert, Submit`.
 */
export const ResetPasswordTask = /* @__PURE__ */ Object.assign(ResetPasswordTaskDefault, {
  Root,
  Title,
  Label: NewPasswordLabel,
  Input: NewPasswordInput,
  Error: FieldError,
  SignOutOthers,
  Alert,
  Submit,
})
