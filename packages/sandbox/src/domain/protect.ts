import type { ProtectCheckJSON } from '@clerk/shared/types'
import { ApiError } from '../api/errors'
import type { ProtectCheckRecord } from '../state/records'
import type { Simulation } from '../state/simulation'

/** Where the sandbox serves its Protect challenge SDK (an ES module; clerk-js requires https). */
export const PROTECT_SDK_PATH = '/v1/protect/sdk.js'

/** How long a challenge stays valid, as Clerk's `expires_at` (milliseconds). */
const CHALLENGE_LIFETIME = 10 * 60 * 1000

const WORDS = ['harbor', 'meadow', 'lantern', 'copper', 'orchid', 'glacier', 'violet', 'ember']

/** A fresh challenge: its token ends with the word the user must type (`pchk_1_x7….harbor`). */
export function newProtectCheck(sim: Simulation, heldPassword: string | null = null): ProtectCheckRecord {
  const word = WORDS[Math.floor(sim.random.next() * WORDS.length)] ?? 'harbor'
  return {
    token: `${sim.ids.next('pchk')}_${sim.random.token(12)}.${word}`,
    word,
    expiresAt: sim.now() + CHALLENGE_LIFETIME,
    heldPassword,
  }
}

export function serializeProtectCheck(sim: Simulation, check: ProtectCheckRecord | null): ProtectCheckJSON | null {
  if (!check) return null
  return {
    status: 'pending',
    token: check.token,
    sdk_url: `https://${sim.host}${PROTECT_SDK_PATH}`,
    expires_at: check.expiresAt,
    ui_hints: { challenge: 'type_the_word' },
  }
}

/** Clerk's UI reloads an expired challenge expecting a new one: the sandbox mints it on read. */
export function renewIfExpired(sim: Simulation, check: ProtectCheckRecord | null): ProtectCheckRecord | null {
  if (!check || sim.now() <= check.expiresAt) return check
  return newProtectCheck(sim, check.heldPassword)
}

const protectError = (status: number, code: string, longMessage: string, param?: string) =>
  new ApiError(status, [
    { code, message: longMessage, long_message: longMessage, ...(param ? { meta: { param_name: param } } : {}) },
  ])

export const protectErrors = {
  /** A step of a gated sign-in or sign-up before its challenge is passed (clerk-js's own wording). */
  required: (flow: 'sign-in' | 'sign-up') =>
    protectError(
      400,
      'protect_check_required',
      `A verification challenge must be completed before this ${flow} can continue.`,
    ),
  /** Nothing to submit a proof for (a Clerk code its UI treats as "go on"). */
  alreadyResolved: () =>
    protectError(400, 'protect_check_already_resolved', 'This verification challenge has already been completed.'),
  failed: () =>
    protectError(
      422,
      'protect_check_failed',
      'The verification challenge was not passed. Try the new one.',
      'proof_token',
    ),
  expired: () =>
    protectError(422, 'protect_check_expired', 'The verification challenge expired. Try the new one.', 'proof_token'),
}

/**
 * Checks a proof (`proof:<token>:<answer>`) against the pending challenge. Passing it returns the
 * check it cleared; a wrong or stale proof replaces the challenge with a new one (so the user can
 * try again) and answers the error, with the new challenge in the client it carries.
 */
export function checkProof(
  sim: Simulation,
  holder: { protectCheck: ProtectCheckRecord | null },
  proofToken: string,
): ProtectCheckRecord {
  const check = holder.protectCheck
  if (!check) throw protectErrors.alreadyResolved()
  if (sim.now() > check.expiresAt) {
    holder.protectCheck = newProtectCheck(sim, check.heldPassword)
    throw protectErrors.expired()
  }
  const [scheme, token, answer] = splitProof(proofToken)
  if (scheme !== 'proof' || token !== check.token || answer?.toLowerCase() !== check.word) {
    holder.protectCheck = newProtectCheck(sim, check.heldPassword)
    throw protectErrors.failed()
  }
  holder.protectCheck = null
  return check
}

/** `proof:<token>:<answer>`; the answer may itself contain colons. */
function splitProof(proof: string): [string, string, string] | [] {
  const first = proof.indexOf(':')
  const second = proof.indexOf(':', first + 1)
  if (first < 0 || second < 0) return []
  return [proof.slice(0, first), proof.slice(first + 1, second), proof.slice(second + 1)]
}
