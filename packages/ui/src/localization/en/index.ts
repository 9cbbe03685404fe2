/**
 * Every visible English string, one file per slice so that a step alone, or a screen a drop-in
 * loads lazily, ships only its own (a bundler splits chunks by module: one file of every slice
 * put them all in a drop-in's first load). Import a slice from its file, not from here. `en` is the whole
 * table; keys are typed, and a `localization` prop overrides any of them. `{name}` marks a value
 * filled in at render time.
 */

import { codeStrings } from './code'
import { common } from './common'
import { emailLinkStrings } from './email-link'
import { enterpriseSsoStrings } from './enterprise-sso'
import { footerStrings } from './footer'
import { identifierStrings } from './identifier'
import { missingStrings } from './missing'
import { modalStrings } from './modal'
import { newPasswordStrings } from './new-password'
import { organizationStrings } from './organization'
import { passwordStrings } from './password'
import { passwordHintStrings } from './password-hint'
import { protectCheckStrings } from './protect-check'
import { secondFactorStrings } from './second-factor'
import { setupMfaStrings } from './setup-mfa'
import { signUpModeStrings } from './sign-up-mode'
import { statusStrings } from './status'
import { strategyStrings } from './strategy'
import { waitlistStrings } from './waitlist'

export {
  codeStrings,
  common,
  emailLinkStrings,
  enterpriseSsoStrings,
  footerStrings,
  identifierStrings,
  missingStrings,
  modalStrings,
  newPasswordStrings,
  organizationStrings,
  passwordHintStrings,
  passwordStrings,
  protectCheckStrings,
  secondFactorStrings,
  setupMfaStrings,
  signUpModeStrings,
  statusStrings,
  strategyStrings,
  waitlistStrings,
}

type Table = typeof common &
  typeof identifierStrings &
  typeof passwordStrings &
  typeof codeStrings &
  typeof emailLinkStrings &
  typeof strategyStrings &
  typeof secondFactorStrings &
  typeof newPasswordStrings &
  typeof missingStrings &
  typeof organizationStrings &
  typeof setupMfaStrings &
  typeof statusStrings &
  typeof protectCheckStrings &
  typeof passwordHintStrings &
  typeof footerStrings &
  typeof enterpriseSsoStrings &
  typeof signUpModeStrings &
  typeof waitlistStrings &
  typeof modalStrings

/** The whole English table. */
export const en: Table = /* @__PURE__ */ Object.assign(
  {},
  common,
  identifierStrings,
  passwordStrings,
  codeStrings,
  emailLinkStrings,
  strategyStrings,
  secondFactorStrings,
  newPasswordStrings,
  missingStrings,
  organizationStrings,
  setupMfaStrings,
  statusStrings,
  protectCheckStrings,
  passwordHintStrings,
  footerStrings,
  enterpriseSsoStrings,
  signUpModeStrings,
  waitlistStrings,
  modalStrings,
)
