import type { SignInFutureResource } from '@clerk/react/types'
import type { IdentifierKind } from '../input/normalize-identifier'
import { password } from './password'
import type { ClerkResult, CodeCalls, Environment, Factor } from './types'

const channelOf = (signIn: SignInFutureResource, kind: IdentifierKind) =>
  kind === 'phone_number' ? signIn.resetPasswordPhoneCode : signIn.resetPasswordEmailCode

/** "Forgot password": a reset code by SMS for phone numbers, by email otherwise, then a new password. */
export const resetPassword = {
  enabled: (env: Environment) => password.enabled(env),
  /** Sends the first reset code, starting a sign-in for the identifier when there is none for it yet. */
  start: async (signIn: SignInFutureResource, kind: IdentifierKind, identifier: string): Promise<ClerkResult> => {
    if (kind === 'phone_number') return signIn.resetPasswordPhoneCode.sendCode({ phoneNumber: identifier })
    if (!(signIn.id && signIn.identifier === identifier)) {
      const created = await signIn.create({ identifier })
      if (created.error) return created
    }
    return signIn.resetPasswordEmailCode.sendCode()
  },
  code: (signIn: SignInFutureResource, kind: IdentifierKind): CodeCalls => {
    const channel = channelOf(signIn, kind)
    return { send: () => channel.sendCode(), verify: (code) => channel.verifyCode({ code }) }
  },
  submit: (
    signIn: SignInFutureResource,
    kind: IdentifierKind,
    value: string,
    signOutOfOtherSessions: boolean,
  ): Promise<ClerkResult> => channelOf(signIn, kind).submitPassword({ password: value, signOutOfOtherSessions }),
} satisfies Factor
