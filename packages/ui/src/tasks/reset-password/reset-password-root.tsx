import type { ResetPasswordTaskController } from '@flowkit/flows'
import { forwardRef } from 'react'
import { newPasswordStrings } from '../../localization/en/new-password'
import { type StepConfig, StepRoot } from '../../primitives/step-root'
import { readNewPassword } from '../../steps/shared/new-password'
import { type TaskRootProps, useTaskRoot } from '../shared/task-root'

const config = (task: ResetPasswordTaskController): StepConfig => ({
  strings: newPasswordStrings,
  titleKey: 'newPasswordTitle',
  field: 'newPassword',
  labelKey: 'newPassword',
  submitKey: 'resetPassword',
  submit: (_, values) => task.submit(readNewPassword(values)),
})

/** The `<form>` of the `reset-password` session task: sets a new password with `task.submit`. */
export const ResetPasswordTaskRoot = /* @__PURE__ */ forwardRef<
  HTMLFormElement,
  TaskRootProps<ResetPasswordTaskController>
>(function ResetPasswordTaskRoot({ task, ...props }, ref) {
  return (
    <StepRoot rootRef={ref} {...useTaskRoot('ResetPasswordTask.Root', 'reset-password', task, config)} {...props} />
  )
})
