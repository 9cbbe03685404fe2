import type { SignInFutureResource } from '@clerk/react/types'
import type { CodeCalls, Environment, Factor } from './types'

/** An authenticator app's code, as a second factor: nothing to send. */
export const totp = {
  enabled: (env: Environment) => !!env?.userSettings.attributes.authenticator_app?.enabled,
  secondFactor: (signIn: SignInFutureResource): CodeCalls => ({
    verify: (code) => signIn.mfa.verifyTOTP({ code }),
  }),
} satisfies Factor
