import type { SetupMfaTaskController } from '@flowkit/flows'
import { forwardRef } from 'react'
import { setupMfaStrings } from '../localization/en'
import { FieldError, FieldLabel } from '../primitives/field'
import { FormRoot } from '../primitives/form-root'
import { Part, type PartProps, withContent } from '../primitives/part'
import { Alert, Submit, Subtitle, Title } from '../primitives/step-parts'
import { useUi } from '../primitives/ui-context'
import { CodeInput } from '../steps/code-step/code-input'
import { type TaskConfig, type TaskRootProps, useTask, useTaskForm } from './task-root'

const SUBTITLES = { start: undefined, verify: 'setupMfaHint', 'backup-codes': 'backupCodesHint' } as const
const SUBMITS = { start: 'startSetup', verify: 'verify', 'backup-codes': 'savedCodes' } as const

const config = (task: SetupMfaTaskController): TaskConfig<SetupMfaTaskController> => ({
  strings: setupMfaStrings,
  titleKey: 'setupMfaTitle',
  labelKey: 'code',
  subtitleKey: SUBTITLES[task.stage],
  submitKey: SUBMITS[task.stage],
  state: task.stage,
  onValues: (values) =>
    task.stage === 'start'
      ? task.start()
      : task.stage === 'verify'
        ? task.verify(String(values.get('code') ?? ''))
        : task.finish(),
})

/**
 * The `<form>` of the `setup-mfa` session task, one stage at a time (`data-state`): `start`, then
 * `verify` (add the secret to an authenticator app, enter its code), then `backup-codes`.
 */
const Root = /* @__PURE__ */ forwardRef<HTMLFormElement, TaskRootProps<SetupMfaTaskController>>(
  function SetupMfaTaskRoot({ task, ...props }, ref) {
    return (
      <FormRoot formRef={ref} {...useTaskForm('SetupMfaTask.Root', 'setup-mfa', task, 'code', config)} {...props} />
    )
  },
)

/**
 * The authenticator secret to type in by hand, and the `otpauth://` link that opens an
 * authenticator app on this device. Shown in the `verify` stage.
 */
const Secret = /* @__PURE__ */ forwardRef<HTMLDivElement, PartProps<'div'>>(function SetupMfaSecret(props, ref) {
  const { totp } = useTask('SetupMfaTask.Secret', 'setup-mfa')
  const { t } = useUi()
  if (!totp) return null
  return (
    <Part as="div" partName="secret" elementRef={ref} {...props}>
      {withContent(
        props.asChild,
        props.children,
        <>
          {t('secret')}: <code>{totp.secret}</code>{' '}
          {totp.uri.startsWith('otpauth://') && <a href={totp.uri}>{t('setupUri')}</a>}
        </>,
      )}
    </Part>
  )
})

/** The code field, shown in the `verify` stage. */
function Verify() {
  const { stage } = useTask('SetupMfaTask.Verify', 'setup-mfa')
  if (stage !== 'verify') return null
  return (
    <>
      <FieldLabel />
      <CodeInput />
      <FieldError />
    </>
  )
}

/** The backup codes, shown once, in the `backup-codes` stage. */
const BackupCodes = /* @__PURE__ */ forwardRef<HTMLUListElement, PartProps<'ul'>>(
  function SetupMfaBackupCodes(props, ref) {
    const { backupCodes } = useTask('SetupMfaTask.BackupCodes', 'setup-mfa')
    if (!backupCodes) return null
    return (
      <Part as="ul" partName="backup-codes" elementRef={ref} {...props}>
        {withContent(
          props.asChild,
          props.children,
          backupCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          )),
        )}
      </Part>
    )
  },
)

export type SetupMfaTaskProps = Omit<TaskRootProps<SetupMfaTaskController>, 'children'>

function SetupMfaTaskDefault(props: SetupMfaTaskProps) {
  return (
    <Root {...props}>
      <Title />
      <Subtitle />
      <Secret />
      <Verify />
      <BackupCodes />
      <Alert />
      <Submit />
    </Root>
  )
}

/**
 * The session task that makes a signed-in user set up an authenticator app.
 *
 * Anatomy: `Root > Title, Subtitle, Secret, Verify (Label, Input, Error), BackupCodes, Alert, Submit`.
 */
export const SetupMfaTask = /* @__PURE__ */ Object.assign(SetupMfaTaskDefault, {
  Root,
  Title,
  Subtitle,
  Secret,
  Verify,
  Label: FieldLabel,
  Input: CodeInput,
  Error: FieldError,
  BackupCodes,
  Alert,
  Submit,
})
