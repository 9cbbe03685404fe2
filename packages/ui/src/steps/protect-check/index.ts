import { Alert } from '../../primitives/alert'
import { Subtitle, Title } from '../../primitives/title'
import { Back } from '../shared/back'
import { ProtectChallenge } from './protect-challenge'
import { ProtectCheckStepDefault } from './protect-check-step'
import { ProtectCheckStepRoot } from './protect-check-step-root'
import { Retry } from './retry'

export type { ProtectCheckStepProps } from './protect-check-step'
export type { ProtectCheckStepRootProps } from './protect-check-step-root'

/**
 * Clerk Protect's check, when a sign-in or sign-up needs one: runs the challenge Clerk names and
 * goes on with its proof; a failed check shows why and the new challenge, a script that cannot run
 * a retry.
 *
 * Anatomy: `Root` (a `<div>`) `> Title, Subtitle, Challenge, Alert, Retry, Back`.
 */
export const ProtectCheckStep = /* @__PURE__ */ Object.assign(ProtectCheckStepDefault, {
  Root: ProtectCheckStepRoot,
  Title,
  Subtitle,
  Challenge: ProtectChallenge,
  Alert,
  Retry,
  Back,
})
