import type { PhoneRecord, UserRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { isVerified } from '../state/store'

/** The phone numbers SMS second-factor codes can go to: reserved for it, and verified. */
export const mfaPhonesOf = (user: UserRecord): PhoneRecord[] =>
  user.phones.filter((phone) => phone.reservedForSecondFactor && isVerified(phone))

/** Whether the user has a second factor (the `setup-mfa` task is for users without one). */
export function hasSecondFactor(user: UserRecord): boolean {
  return user.totpSecret !== null || mfaPhonesOf(user).length > 0 || user.mfaEmail || user.backupCodes.length > 0
}

const newBackupCodes = (sim: Simulation) => Array.from({ length: 10 }, () => sim.random.token(8))

/** `POST /me/backup_codes`: a new set, replacing the old one. */
export function regenerateBackupCodes(sim: Simulation, user: UserRecord): string[] {
  user.backupCodes = newBackupCodes(sim)
  return user.backupCodes
}
