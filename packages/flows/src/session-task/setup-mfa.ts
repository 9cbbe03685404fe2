import { useState } from 'react'
import { inputError } from '../errors/normalize-error'
import { normalizeCode } from '../input/normalize-code'
import type { TaskContext } from './task-context'
import type { SetupMfaTaskController } from './types'

/** `setup-mfa`: enrol an authenticator app (TOTP), then show the backup codes once. */
export function useSetupMfa({ session, runner, finish }: TaskContext): SetupMfaTaskController {
  const [stage, setStage] = useState<SetupMfaTaskController['stage']>('start')
  const [totp, setTotp] = useState<SetupMfaTaskController['totp']>(null)
  const [backupCodes, setBackupCodes] = useState<string[] | null>(null)
  const verify = runner.run(async (code: string) => {
    const verified = await session?.user?.verifyTOTP({ code })
    // Clerk returns backup codes with the verified TOTP when the instance offers them.
    if (verified?.backupCodes?.length) {
      setBackupCodes(verified.backupCodes)
      setStage('backup-codes')
    } else await finish()
  })
  return {
    key: 'setup-mfa',
    isPending: runner.isPending,
    error: runner.errors[0] ?? null,
    stage,
    totp,
    backupCodes,
    start: runner.run(async () => {
      const created = await session?.user?.createTOTP()
      setTotp({ secret: created?.secret ?? '', uri: created?.uri ?? '' })
      setStage('verify')
    }),
    verify: async (raw) => {
      const code = normalizeCode(raw)
      return code ? verify(code) : runner.fail([inputError('invalid_code', 'code')])
    },
    finish: runner.run(async () => {
      await finish()
      setStage('start')
    }),
  }
}
