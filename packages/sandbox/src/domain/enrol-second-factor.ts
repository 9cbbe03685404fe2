import type { UserRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { regenerateBackupCodes } from './second-factors'
import { completeUserTask } from './sessions'

/**
 * What enrolling a second factor (an authenticator app, an SMS number) does besides: the user's first
 * backup codes when the instance offers them (returned once, with the enrolment), and the `setup-mfa`
 * task done. Returns the new backup codes, if any.
 */
export function secondFactorEnrolled(sim: Simulation, user: UserRecord): string[] | undefined {
  const issue = sim.instance.mfa.strategies.includes('backup_code') && user.backupCodes.length === 0
  const backupCodes = issue ? regenerateBackupCodes(sim, user) : undefined
  user.updatedAt = sim.now()
  completeUserTask(sim, user, 'setup-mfa')
  return backupCodes
}
