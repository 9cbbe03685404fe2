import { errors } from '../api/errors'
import { withClient } from '../api/replies'
import type { FapiRequest } from '../api/request'
import type { Route } from '../api/router'
import { verifyTotp } from '../core/totp'
import { secondFactorEnrolled } from '../domain/enrol-second-factor'
import { regenerateBackupCodes } from '../domain/second-factors'
import type { UserRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { meOf } from './current-user'

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

function totpJSON(sim: Simulation, user: UserRecord, secret: string, verified: boolean, backupCodes?: string[]) {
  const label = encodeURIComponent(sim.instance.applicationName)
  const account = encodeURIComponent(user.emails[0]?.address ?? user.username ?? user.id)
  return {
    object: 'totp',
    id: `totp_${user.id}`,
    secret,
    uri: `otpauth://totp/${label}:${account}?secret=${secret}&issuer=${label}&algorithm=SHA1&digits=6&period=30`,
    verified,
    ...(backupCodes ? { backup_codes: backupCodes } : {}),
    created_at: sim.now(),
    updated_at: sim.now(),
  }
}

/** `user.createTOTP()`: a new secret to scan, not active until verified. */
function createTotp(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  if (!sim.instance.mfa.strategies.includes('totp')) throw errors.forbidden('Authenticator apps are not enabled.')
  user.pendingTotpSecret = sim.random.token(32, BASE32)
  return withClient(sim, totpJSON(sim, user, user.pendingTotpSecret, false))
}

/** `user.verifyTOTP({ code })`: enrols the app, hands out the first backup codes, completes `setup-mfa`. */
function verifyTotpEnrolment(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  const secret = user.pendingTotpSecret
  if (!secret) throw errors.verificationNotPrepared('totp')
  if (!verifyTotp(secret, request.body.require('code'), sim.now())) throw errors.codeIncorrect()
  user.totpSecret = secret
  user.pendingTotpSecret = null
  const backupCodes = secondFactorEnrolled(sim, user)
  return withClient(sim, totpJSON(sim, user, secret, true, backupCodes))
}

function disableTotp(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  user.totpSecret = null
  user.updatedAt = sim.now()
  return withClient(sim, { object: 'totp', id: `totp_${user.id}`, deleted: true })
}

/** `user.createBackupCode()`: a new set of ten, replacing the old ones. */
function createBackupCodes(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  if (!sim.instance.mfa.strategies.includes('backup_code')) throw errors.forbidden('Backup codes are not enabled.')
  const codes = regenerateBackupCodes(sim, user)
  const now = sim.now()
  user.updatedAt = now
  return withClient(sim, { object: 'backup_code', id: `bcode_${user.id}`, codes, created_at: now, updated_at: now })
}

/** An authenticator app (TOTP) and backup codes, as `user.createTOTP()` and friends call them. */
export const mfaRoutes: Route[] = [
  { method: 'POST', pattern: '/me/totp', handle: createTotp },
  { method: 'POST', pattern: '/me/totp/attempt_verification', handle: verifyTotpEnrolment },
  { method: 'DELETE', pattern: '/me/totp', handle: disableTotp },
  { method: 'POST', pattern: '/me/backup_codes', handle: createBackupCodes },
]
