import type { Attempts, ClerkResult, Environment, StartableFactor } from './types'

/** Whether the instance lets users sign in with passkeys. */
const enabled = (env: Environment) => !!env?.userSettings.attributes.passkey?.enabled

/**
 * A passkey, as a first factor: the browser shows the passkeys it has for this site, the user
 * picks one, Clerk checks the signature. Start it from a button with `flow.start(passkey)`.
 */
export const passkey = {
  enabled: (env: Environment) => enabled(env) && env?.userSettings.passkeySettings.show_sign_in_button !== false,
  /** This browser can use passkeys at all (WebAuthn). */
  supported: () => typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function',
  start: ({ signIn }: Attempts): Promise<ClerkResult> => signIn.passkey({ flow: 'discoverable' }),
} satisfies StartableFactor

/**
 * Passkeys offered in the identifier field's autofill (conditional UI): started on mount with
 * `flow.autofill(passkeyAutofill)`, it waits until the user picks a suggestion.
 */
export const passkeyAutofill = {
  enabled: (env: Environment) => enabled(env) && !!env?.userSettings.passkeySettings.allow_autofill,
  /** This browser offers passkeys in autofill (`isConditionalMediationAvailable`). */
  supported: async () =>
    passkey.supported() && !!(await window.PublicKeyCredential.isConditionalMediationAvailable?.().catch(() => false)),
  start: ({ signIn }: Attempts): Promise<ClerkResult> => signIn.passkey({ flow: 'autofill' }),
} satisfies StartableFactor

/** A passkey as a second factor, where the instance allows it and the user has one. */
export const passkeySecondFactor = {
  enabled,
  start: ({ signIn }: Attempts): Promise<ClerkResult> => signIn.mfa.passkey(),
  secondFactor: () => ({}),
} satisfies StartableFactor
