import type { SetupMfaTaskController } from '@flowkit/flows'
import { forwardRef } from 'react'
import { setupMfaStrings } from '../../localization/en/setup-mfa'
import { type StepConfig, StepRoot } from '../../primitives/step-root'
import { type TaskRootProps, useTaskRoot } from '../shared/task-root'

const SUBMITS = { start: 'startSetup', phone: 'continue', verify: 'verify', 'backup-codes': 'savedCodes' } as const

const subtitleOf = ({ stage, method }: SetupMfaTaskController) =>
  stage === 'verify'
    ? method === 'phone_code'
      ? 'codeSent'
      : 'setupMfaHint'
    : ({ start: 'setupMfaStartHint', phone: 'setupSmsHint', 'backup-codes': 'backupCodesHint' } as const)[stage]

const config = (task: SetupMfaTaskController): StepConfig => ({
  strings: setupMfaStrings,
  titleKey: 'setupMfaTitle',
  subtitleKey: subtitleOf(task),
  values: { identifier: task.phoneNumber ?? undefined },
  // The stage's one field: the new phone number, or the code.
  field: task.stage === 'phone' ? 'phoneNumber' : 'code',
  labelKey: task.stage === 'phone' ? 'phoneNumber' : 'code',
  submitKey: SUBMITS[task.stage],
  attributes: { 'data-stage': task.stage },
  submit: (value) =>
    task.stage === 'start'
      ? task.start()
      : task.stage === 'phone'
        ? task.addPhoneNumber(value)
        : task.stage === 'verify'
          ? task.verify(value)
          : task.finish(),
})

/**
 * The `<form>` of the `setup-mfa` session task, one stage at a time (`data-stage`): `start` (the
 * methods to choose from), for SMS `phone` (the number), `verify` (add the secret to an
 * authenticator app and enter its code, or enter the texted code), then `backup-codes`.
 */
export const SetupMfaTaskRoot = /* @__PURE__ */ forwardRef<HTMLFormElement, TaskRootProps<SetupMfaTaskController>>(
  function SetupMfaTaskRoot({ task, ...props }, ref) {
    return <StepRoot rootRef={ref} {...useTaskRoot('SetupMfaTask.Root', 'setup-mfa', task, config)} {...props} />
  },
)
