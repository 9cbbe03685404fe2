import type { SignInFutureResource, SignUpFutureResource } from '@clerk/react/types'
import type { IdentifierKind } from '../input/normalize-identifier'
import type { PhoneChannel, SignInOrUpStep } from '../sign-in-or-up/types'
import { offered } from './offered'
import type { CodeCalls, Environment, Factor } from './types'

// Clerk sends SMS unless told otherwise; only another channel is named in the request.
const via = (channel: PhoneChannel | undefined) => (channel && channel !== 'sms' ? { channel } : {})

/** A six-digit code sent by SMS (or WhatsApp): a first factor, a second factor, and a new account's check. */
export const phoneCode = {
  enabled: (env: Environment, kind: IdentifierKind) => offered(env, kind, 'phone_code'),
  step: (safeIdentifier: string): SignInOrUpStep => ({ name: 'first-factor', strategy: 'phone_code', safeIdentifier }),
  firstFactor: (signIn: SignInFutureResource, channel?: PhoneChannel): CodeCalls => ({
    send: (phoneNumber) => signIn.phoneCode.sendCode({ ...(phoneNumber && { phoneNumber }), ...via(channel) }),
    verify: (code) => signIn.phoneCode.verifyCode({ code }),
  }),
  secondFactor: (signIn: SignInFutureResource): CodeCalls => ({
    send: () => signIn.mfa.sendPhoneCode(),
    verify: (code) => signIn.mfa.verifyPhoneCode({ code }),
  }),
  signUp: (signUp: SignUpFutureResource, channel?: PhoneChannel): CodeCalls => ({
    send: () => signUp.verifications.sendPhoneCode(via(channel)),
    verify: (code) => signUp.verifications.verifyPhoneCode({ code }),
  }),
} satisfies Factor

/**
 * WhatsApp as a phone code's channel, where the instance offers it (`phone_number.channels`):
 * `flow.offers(phoneCodeWhatsApp)`, then `flow.resendCode({ channel: 'whatsapp' })` on the code step.
 */
export const phoneCodeWhatsApp = {
  enabled: (env: Environment) => !!env?.userSettings.attributes.phone_number?.channels?.includes('whatsapp'),
} satisfies Factor
