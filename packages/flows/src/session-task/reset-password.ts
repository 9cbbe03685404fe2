import { checkPassword, passwordRules } from '../input/password-rules'
import type { TaskContext } from './task-context'
import type { ResetPasswordTaskController } from './types'

/** `reset-password`: Clerk found the password in a breach; the user sets a new one. */
export function resetPasswordController({ session, env, runner, finish }: TaskContext): ResetPasswordTaskController {
  const send = runner.run(async (password: string, signOutOfOtherSessions: boolean) => {
    // Once changed, the task is gone from the session: a retry only activates it.
    if (session?.currentTask) await session.user?.updatePassword({ newPassword: password, signOutOfOtherSessions })
    await finish()
  })
  const rules = passwordRules(env)
  return {
    key: 'reset-password',
    passwordRules: rules,
    isPending: runner.isPending,
    error: runner.errors[0] ?? null,
    submit: async ({ password, signOutOfOtherSessions = true }) => {
      const problem = checkPassword(rules, password, 'newPassword')
      return problem ? runner.fail([problem]) : send(password, signOutOfOtherSessions)
    },
  }
}
