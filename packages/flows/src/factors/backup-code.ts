import type { SignInFutureResource } from '@clerk/react/types'
import type { CodeCalls, Environment, Factor } from './types'

/** One of the backup codes shown when MFA was set up, as a second factor: nothing to send. */
export const backupCode = {
  enabled: (env: Environment) => !!env?.userSettings.attributes.backup_code?.enabled,
  secondFactor: (signIn: SignInFutureResource): CodeCalls => ({
    verify: (code) => signIn.mfa.verifyBackupCode({ code }),
  }),
} satisfies Factor
