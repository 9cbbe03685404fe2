import type { SignInFutureResource, SignUpFutureResource } from '@clerk/react/types'
import type { IdentifierKind } from '../input/normalize-identifier'
import type { SignInOrUpStep } from '../sign-in-or-up/types'
import { offered } from './offered'
import type { CodeCalls, Environment, Factor } from './types'

/** A six-digit code sent by email: a first factor, a second factor, and a new account's check. */
export const emailCode = {
  enabled: (env: Environment, kind: IdentifierKind) => offered(env, kind, 'email_code'),
  step: (safeIdentifier: string): SignInOrUpStep => ({ name: 'first-factor', strategy: 'email_code', safeIdentifier }),
  firstFactor: (signIn: SignInFutureResource): CodeCalls => ({
    send: (emailAddress) => signIn.emailCode.sendCode(emailAddress ? { emailAddress } : {}),
    verify: (code) => signIn.emailCode.verifyCode({ code }),
  }),
  secondFactor: (signIn: SignInFutureResource): CodeCalls => ({
    send: () => signIn.mfa.sendEmailCode(),
    verify: (code) => signIn.mfa.verifyEmailCode({ code }),
  }),
  signUp: (signUp: SignUpFutureResource): CodeCalls => ({
    send: () => signUp.verifications.sendEmailCode(),
    verify: (code) => signUp.verifications.verifyEmailCode({ code }),
  }),
} satisfies Factor
