// Every sign-in method Flowkit drives, one module each; this file only looks them up.
import type { IdentifierKind } from '../input/normalize-identifier'
import type { SignInOrUpStep } from '../sign-in-or-up/types'
import { backupCode } from './backup-code'
import { emailCode } from './email-code'
import { emailLink } from './email-link'
import { passkeySecondFactor } from './passkey'
import { phoneCode } from './phone-code'
import { resetPassword } from './reset-password'
import { totp } from './totp'
import type { Attempts, CodeCalls, Environment } from './types'

export { oauth } from './oauth'
export { password } from './password'
export { backupCode, emailCode, emailLink, phoneCode, resetPassword, totp }

/** First factors that send something, by Clerk's strategy, best first: what "continue" uses by default. */
export const CODE_FACTORS = { email_code: emailCode, phone_code: phoneCode, email_link: emailLink }
export type CodeStrategy = keyof typeof CODE_FACTORS

/** The second factors Flowkit renders, by Clerk's strategy, in the order it offers them. */
export const SECOND_FACTORS = {
  totp,
  phone_code: phoneCode,
  email_code: emailCode,
  passkey: passkeySecondFactor,
  backup_code: backupCode,
}

/** The code or link strategies the instance offers for identifiers of `kind`, best first. */
export const codeStrategies = (env: Environment, kind: IdentifierKind) =>
  (Object.keys(CODE_FACTORS) as CodeStrategy[]).filter((strategy) => CODE_FACTORS[strategy].enabled(env, kind))

/** The step a first factor shows once its code or link was sent to `safeIdentifier`. */
export const firstFactorStep = (strategy: CodeStrategy, safeIdentifier: string) =>
  CODE_FACTORS[strategy].step(safeIdentifier)

/** The Clerk calls behind a step that sends or checks a code (none for a step that does not). */
export function codeCallsOf(step: SignInOrUpStep, { signIn, signUp }: Attempts, kind: IdentifierKind): CodeCalls {
  switch (step.name) {
    case 'first-factor':
      return step.strategy === 'phone_code'
        ? phoneCode.firstFactor(signIn, step.phoneChannel)
        : emailCode.firstFactor(signIn)
    case 'email-link':
      return emailLink.firstFactor(signIn)
    case 'second-factor':
      return SECOND_FACTORS[step.strategy].secondFactor(signIn)
    case 'client-trust':
      return SECOND_FACTORS[step.strategy].secondFactor(signIn)
    case 'reset-password-code':
      return resetPassword.code(signIn, kind)
    case 'verify-sign-up':
      return step.channel === 'phone_number' ? phoneCode.signUp(signUp, step.phoneChannel) : emailCode.signUp(signUp)
    default:
      return {}
  }
}
