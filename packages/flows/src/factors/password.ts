import type { SignInFutureResource, SignUpFutureResource } from '@clerk/react/types'
import type { SignInOrUpStep } from '../sign-in-or-up/types'
import type { ClerkResult, Environment, Factor } from './types'

type SignUpIdentity = Omit<Parameters<SignUpFutureResource['password']>[0], 'password'>

/** Password: a first factor for every identifier when the instance enables passwords. */
export const password = {
  enabled: (env: Environment) => !!env?.userSettings.attributes.password?.enabled,
  /** Sign-up with intent `sign-up` asks for it up front: the account is then one request. */
  requiredAtSignUp: (env: Environment) => !!env?.userSettings.attributes.password?.required,
  step: (): SignInOrUpStep => ({ name: 'password' }),
  signIn: (signIn: SignInFutureResource, identifier: string, value: string): Promise<ClerkResult> =>
    signIn.password({ identifier, password: value }),
  signUp: (signUp: SignUpFutureResource, identity: SignUpIdentity, value: string): Promise<ClerkResult> =>
    signUp.password({ ...identity, password: value }),
} satisfies Factor
