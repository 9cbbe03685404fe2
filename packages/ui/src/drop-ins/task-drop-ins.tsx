import { type Navigate, type SessionTaskKey, useSessionTask } from '@flowkit/flows'
import type { ReactNode } from 'react'
import { useDropInLocalization } from '../localization/use-drop-in-localization'
import type { UiOptions } from '../primitives/ui-options'
import { ChooseOrganizationTask } from '../tasks/choose-organization'
import { ResetPasswordTask } from '../tasks/reset-password'
import { SetupMfaTask } from '../tasks/setup-mfa'
import { useUnsupportedWarnings } from './warn-unsupported'

// Development-only text: a production build drops it, and then there is nothing to warn about.
const UNSUPPORTED: Record<string, string> =
  process.env.NODE_ENV !== 'production' ? { appearance: 'is ignored: style Flowkit with CSS.' } : {}

/** Props of the session-task drop-ins, named as on Clerk's `<TaskChooseOrganization />` and friends. */
export interface TaskDropInProps extends UiOptions {
  /** Where to go once the session has no task left. */
  redirectUrlComplete?: string
  /** Shown until the session has this task (while Clerk loads). */
  fallback?: ReactNode
  /** A class for the task's form. */
  className?: string
  /** Accepted for Clerk compatibility, with a warning: Flowkit is styled with CSS. */
  appearance?: unknown
  /** Flowkit: plugs your router in (default: assigns `window.location`). */
  navigate?: Navigate
  /** Flowkit: other origins `redirectUrlComplete` may be on. */
  allowedRedirectOrigins?: string[]
}

const TASKS = {
  'choose-organization': ChooseOrganizationTask,
  'reset-password': ResetPasswordTask,
  'setup-mfa': SetupMfaTask,
}

function TaskDropIn({
  component,
  taskKey,
  redirectUrlComplete,
  fallback = null,
  appearance,
  navigate,
  allowedRedirectOrigins,
  localization,
  ...props
}: TaskDropInProps & { component: string; taskKey: SessionTaskKey }) {
  useUnsupportedWarnings(component, { appearance }, UNSUPPORTED)
  const task = useSessionTask({ forceRedirectUrl: redirectUrlComplete, navigate, allowedRedirectOrigins })
  const Task = TASKS[taskKey] as (props: UiOptions & { task: typeof task; className?: string }) => ReactNode
  const strings = useDropInLocalization(localization)
  return task?.key === taskKey && strings.ready ? (
    <Task {...props} localization={strings.localization} task={task} />
  ) : (
    fallback
  )
}

/** The `choose-organization` session task: pick, accept or create an organization. Drop-in for Clerk's. */
export function TaskChooseOrganization(props: TaskDropInProps) {
  return <TaskDropIn {...props} component="TaskChooseOrganization" taskKey="choose-organization" />
}

/** The `reset-password` session task: choose a new password. Drop-in for Clerk's `<TaskResetPassword />`. */
export function TaskResetPassword(props: TaskDropInProps) {
  return <TaskDropIn {...props} component="TaskResetPassword" taskKey="reset-password" />
}

/** The `setup-mfa` session task: add an authenticator app. Drop-in for Clerk's `<TaskSetupMFA />`. */
export function TaskSetupMFA(props: TaskDropInProps) {
  return <TaskDropIn {...props} component="TaskSetupMFA" taskKey="setup-mfa" />
}
