import type { ResetPasswordTaskController } from '@flowkit/flows'
import { forwardRef } from 'react'
import { newPasswordStrings } from '../localization/en'
import { FieldError, FieldLabel } from '../primitives/field'
import { FormRoot } from '../primitives/form-root'
import { Alert, Submit, Title } from '../primitives/step-parts'
import { NewPasswordInput, readNewPassword, SignOutOthers } from '../steps/reset-password-step/reset-password-parts'
import { type TaskConfig, type TaskRootProps, useTaskForm } from './task-root'

const config = (): TaskConfig<ResetPasswordTaskController> => ({
  strings: newPasswordStrings,
  titleKey: 'newPasswordTitle',
  labelKey: 'newPassword',
  submitKey: 'resetPassword',
  onValues: (values, task) => task.submit(readNewPassword(values)),
})

/** The `<form>` of the `reset-password` session task: sets a new password with `task.submit`. */
const Root = /* @__PURE__ */ forwardRef<HTMLFormElement, TaskRootProps<ResetPasswordTaskController>>(
  function ResetPasswordTaskRoot({ task, ...props }, ref) {
    return (
      <FormRoot
        formRef={ref}
        {...useTaskForm('ResetPasswordTask.Root', 'reset-password', task, 'newPassword', config)}
        {...props}
      />
    )
  },
)

export type ResetPasswordTaskProps = Omit<TaskRootProps<ResetPasswordTaskController>, 'children'>

function ResetPasswordTaskDefault(props: ResetPasswordTaskProps) {
  return (
    <Root {...props}>
      <Title />
      <FieldLabel />
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
  Label: FieldLabel,
  Input: NewPasswordInput,
  Error: FieldError,
  SignOutOthers,
  Alert,
  Submit,
})
