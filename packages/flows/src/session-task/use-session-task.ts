import { useClerk, useSession } from '@clerk/react'
import { useRef } from 'react'
import { environmentOf } from '../internal/environment'
import { useRunner } from '../internal/run'
import type { MissingFieldsOptions } from '../missing-fields/types'
import { afterActivation } from '../navigation/resolve-redirect'
import type { NavigateOptions } from '../navigation/types'
import { useChooseOrganization } from './choose-organization'
import { resetPasswordController } from './reset-password'
import { useSetupMfa } from './setup-mfa'
import type { TaskContext } from './task-context'
import type { SessionTaskController } from './types'

/**
 * The pending session's current task (`session.currentTask`) as a controller for its key:
 * `choose-organization`, `reset-password` or `setup-mfa`; a key this version does not know comes
 * back as `unknown` with its `rawKey`. Null when there is no task. Finishing a task activates the
 * session and navigates on (the next task, or the redirect of `NavigateOptions`).
 *
 * @example
 * const task = useSessionTask({ fallbackRedirectUrl: '/dashboard' })
 * if (task?.key === 'choose-organization') return <OrganizationPicker task={task} />
 */
export function useSessionTask(
  options: NavigateOptions & Pick<MissingFieldsOptions, 'onError'> = {},
): SessionTaskController | null {
  const clerk = useClerk()
  const { session } = useSession()
  const runner = useRunner({ onError: options.onError })
  const shown = useRef<string>(undefined)
  const context: TaskContext = {
    session,
    env: environmentOf(clerk),
    runner,
    finish: (organization) =>
      clerk.setActive({
        session: session?.id,
        ...(organization ? { organization } : {}),
        // Another pending task is rendered here again: the session's next currentTask.
        navigate: afterActivation(options),
      }),
  }
  const setupMfa = useSetupMfa(context)
  // Verifying the app completes the task at Clerk; the backup codes must still be shown, once.
  // A task Clerk has completed stays on screen while its session activates, and with the error if
  // that fails, so the user can retry (the task's verb then only activates).
  const key =
    session?.currentTask?.key ??
    (setupMfa.stage === 'backup-codes'
      ? 'setup-mfa'
      : runner.isPending || runner.errors.length
        ? shown.current
        : undefined)
  shown.current = key
  const chooseOrganization = useChooseOrganization(context, key === 'choose-organization')
  if (!key) return null
  if (key === 'choose-organization') return chooseOrganization
  if (key === 'setup-mfa') return setupMfa
  if (key === 'reset-password') return resetPasswordController(context)
  return { key: 'unknown', rawKey: key, isPending: false, error: null }
}
