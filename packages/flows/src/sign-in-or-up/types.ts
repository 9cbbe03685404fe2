import type { FlowError, FlowField } from '../errors/types'
import type { EnterpriseConnection } from '../factors/enterprise-sso'
import type { ProtectChallenge } from '../factors/protect'
import type { Factor, StartableFactor } from '../factors/types'
import type { IdentifierKind } from '../input/normalize-identifier'
import type { PasswordRule } from '../input/password-rules'
import type { MissingFieldsController } from '../missing-fields/types'
import type { NavigateOptions } from '../navigation/types'
import type { SessionTaskController } from '../session-task/types'

/**
 * `standard`: the sign-in attempt tells whether the account exists (Clerk's bulk enumeration
 * protection). `signUpIfMissing`: verification first, then sign-in or sign-up (strict).
 */
export type FlowMode = 'standard' | 'signUpIfMissing'

/** What the flow starts as; `sign-in-or-up` is the journey of `sign-in-or-up.md`. */
export type FlowIntent = 'sign-in-or-up' | 'sign-in' | 'sign-up'

/** How a user proves who they are at sign-in (Clerk's first-factor strategies Flowkit renders). */
export type FirstFactorStrategy = 'password' | 'email_code' | 'phone_code' | 'email_link'
/** Second factors (MFA) Flowkit renders: authenticator app, SMS or email code, passkey, backup code. */
export type SecondFactorStrategy = 'totp' | 'phone_code' | 'email_code' | 'passkey' | 'backup_code'

/** How a phone code travels: SMS, or WhatsApp where the instance offers it (`phoneCodeWhatsApp`). */
export type PhoneChannel = 'sms' | 'whatsapp'

export interface SocialProvider {
  /** Clerk's strategy, e.g. `oauth_google`. */
  strategy: string
  /** Display name, e.g. `Google`. */
  name: string
}

/**
 * Where the user is. Each step carries what its screen needs; `safeIdentifier` is the address or
 * number a code or link went to (Clerk's masked form for usernames).
 */
export type SignInOrUpStep =
  /** Clerk is loading, or an already signed-in user is being sent on. */
  | { name: 'loading' }
  /** Email address, phone number or username (see `identifierKinds`). */
  | { name: 'identifier' }
  | { name: 'password' }
  /** A one-time code sent by email or SMS (`phoneChannel`: by WhatsApp instead), as a first factor. */
  | {
      name: 'first-factor'
      strategy: 'email_code' | 'phone_code'
      safeIdentifier: string
      phoneChannel?: PhoneChannel
    }
  /** An email link was sent; waiting for it to be opened. */
  | { name: 'email-link'; safeIdentifier: string }
  /** "Use another method": the first factors to pick from. */
  | { name: 'choose-strategy'; strategies: FirstFactorStrategy[] }
  /** MFA: `strategy` is in use, `available` lists what the user may switch to. */
  | {
      name: 'second-factor'
      strategy: SecondFactorStrategy
      available: SecondFactorStrategy[]
      safeIdentifier?: string
    }
  /** `needs_client_trust`: a known password on a new device, confirmed by a code. */
  | { name: 'client-trust'; strategy: 'email_code' | 'phone_code'; safeIdentifier: string }
  /** Forgot password: the reset code that was sent. */
  | { name: 'reset-password-code'; safeIdentifier: string }
  /** `needs_new_password`, or after the reset code. */
  | { name: 'new-password' }
  /** A new account's email or phone verification code (`phoneChannel`: sent by WhatsApp instead of SMS). */
  | {
      name: 'verify-sign-up'
      channel: 'email_address' | 'phone_number'
      safeIdentifier: string
      phoneChannel?: PhoneChannel
    }
  /** A sign-up needs more fields: render `flow.missingFields`. */
  | { name: 'missing-requirements' }
  /**
   * With `beforeCreateAccount`: the identifier is verified and no account has it; the app's own
   * screen (an age or legal gate) shows before `createAccount()` creates it.
   */
  | { name: 'create-account' }
  /**
   * Clerk Protect asks for a check (`needs_protect_check`, or a sign-up missing `protect_check`):
   * run `challenge` with `runProtectCheck`, then `passProtectCheck(proofToken)`.
   */
  | { name: 'protect-check'; attempt: 'sign-in' | 'sign-up'; challenge: ProtectChallenge | null }
  /** The identifier's domain belongs to several enterprise connections: the user picks one. */
  | { name: 'enterprise-sso'; connections: EnterpriseConnection[] }
  /** Signed in with a pending session task: render `flow.task`. */
  | { name: 'task'; key: SessionTaskController['key'] }
  /** Signed in and sent on (or, for an email link opened elsewhere, done there). */
  | { name: 'complete' }

/** The `name` of every step. */
export type SignInOrUpStepName = SignInOrUpStep['name']

/** What a journey tells the app as it goes (Clerk's prebuilt components have no such callbacks). */
export interface FlowCallbacks {
  /** A new step is shown (once per step, `loading` aside; a step changing its method counts). */
  onStepChange?: ((step: SignInOrUpStep) => void) | undefined
  /** An error is shown, with its stable `code` (e.g. `rate_limited`) and `field`, if any. */
  onError?: ((error: FlowError) => void) | undefined
  /**
   * The session is active (it may still have a pending task), just before the flow navigates on.
   * `isSignUp`: the account was created in this journey.
   */
  onComplete?: ((result: { sessionId: string; isSignUp: boolean }) => void) | undefined
}

/** Options of `useSignInOrUp`; the redirect options come from `NavigateOptions`. */
export interface SignInOrUpOptions extends NavigateOptions, FlowCallbacks {
  /** Defaults to `signUpIfMissing` whenever the instance allows it, else `standard`. */
  mode?: FlowMode
  /** `sign-in-or-up` (default); `sign-in` never creates an account; `sign-up` starts with a sign-up. */
  intent?: FlowIntent
  /** Prefill; the query string (`email_address`, `phone_number`, `username`) is read too. */
  initialValues?: { emailAddress?: string; phoneNumber?: string; username?: string }
  /** Calling code for phone numbers typed without one, e.g. `'44'`. */
  defaultCallingCode?: string
  /** Passed to `signUp.create`. */
  unsafeMetadata?: Record<string, unknown>
  /**
   * Where the browser returns from a social provider: a page that renders this flow, which then
   * finishes the sign-in (or the sign-up, for a new account). Default: the current page.
   */
  ssoCallbackUrl?: string
  /**
   * Stop at the `create-account` step after a new identifier is verified (signUpIfMissing, an email
   * link, a social or enterprise account) and before the account is created: the app shows its own
   * screen, then calls `createAccount()` (or `startOver()` to drop it).
   */
  beforeCreateAccount?: boolean
}

/** Everything a sign-in-or-up screen renders, and the verbs it calls. */
export interface SignInOrUpFlow {
  /**
   * Where the user is. Before Clerk has loaded, a fresh visit is on `identifier` already (it renders
   * on the server too); `loading` is for a page Clerk sent the browser back to (`__clerk_status`,
   * `__clerk_ticket`) until Clerk has read it, and while a signed-in user is sent on.
   */
  step: SignInOrUpStep
  /** The mode in use: the option, else the instance's default. */
  mode: FlowMode
  intent: FlowIntent
  /**
   * What the user last submitted as their identifier, normalised (kept across `back`/`startOver`);
   * before any submit, the initial value from `initialValues` or the query string.
   */
  identifier: string
  /** Which identifiers the instance accepts, for the identifier field's label and input type. */
  identifierKinds: IdentifierKind[]
  /** First-factor strategies the instance offers for the submitted identifier, for "use another method". */
  strategies: FirstFactorStrategy[]
  /** Social sign-in buttons to offer (`signInWithProvider`). */
  socialProviders: SocialProvider[]
  /**
   * The instance's rules for a new password, for a live hint (`met(value)`); a password that breaks
   * one is refused before any request, at the field, with the rule's `key` as its message key.
   */
  passwordRules: PasswordRule[]
  /**
   * Who may sign up, known before any request: `public`, `restricted` (by invitation only: say so up
   * front, never offer a waitlist) or `waitlist`.
   */
  signUpMode: 'public' | 'restricted' | 'waitlist'
  /** The method this browser last signed in with (`client.lastAuthenticationStrategy`), for a "last used" badge. */
  lastStrategy: string | null
  /** A request is in flight; verbs called meanwhile are ignored (one request per submit). */
  isPending: boolean
  /**
   * Clerk has loaded. Before, the identifier step already takes input: `submitIdentifier` queues
   * what was typed (the step shows `isPending`) and sends it the moment Clerk is ready; what needs
   * the instance's settings (`socialProviders`, `identifierKinds`, `strategies`) is empty until then.
   */
  isReady: boolean
  /** An error about the whole step. */
  error: FlowError | null
  /** Errors about the step's own input (`identifier`, `password`, `code`, `newPassword`). */
  fieldErrors: Partial<Record<FlowField, FlowError>>
  /** Epoch ms when `resendCode` may be called again; null when it may be called now. */
  resendAvailableAt: number | null
  /** Render `<div id="clerk-captcha" />` while true (Clerk's bot protection mounts there). */
  captchaRequired: boolean
  /** `back` has a step to return to. */
  canGoBack: boolean
  /** On `missing-requirements`: the fields to collect. */
  missingFields: MissingFieldsController | null
  /** On `task`: the current session task. */
  task: SessionTaskController | null

  /**
   * Checks and normalises what was typed (never sends a malformed value), then moves on. Before
   * Clerk has loaded it is queued, and checked and sent once Clerk is ready (see `isReady`).
   */
  submitIdentifier(identifier: string): Promise<void>
  /** Signs in with the password (standard mode: signs up with it when the account does not exist). */
  submitPassword(password: string): Promise<void>
  /** The code of the current step: first factor, second factor, client trust, reset or sign-up. */
  submitCode(code: string): Promise<void>
  /** On `new-password`: sets it (signing out other sessions unless told not to) and continues. */
  submitNewPassword(password: string, options?: { signOutOfOtherSessions?: boolean }): Promise<void>
  /**
   * Sends the current step's code or link again; ignored before `resendAvailableAt`. With
   * `channel` (a phone code's step, where the instance offers it), sends it that way instead, at
   * once: the user asked for another way, not for the same message again.
   */
  resendCode(options?: { channel?: PhoneChannel }): Promise<void>
  /** Switches to another first factor: `password` locally, a code or link by sending it. */
  chooseStrategy(strategy: FirstFactorStrategy): Promise<void>
  /** Shows the `choose-strategy` step listing the other strategies (no request). */
  chooseAnotherMethod(): void
  /** On `second-factor`: switches to another available factor (sending its code when it has one). */
  chooseSecondFactor(strategy: SecondFactorStrategy): Promise<void>
  /** On `password`: sends a reset code and moves to `reset-password-code`. */
  forgotPassword(): Promise<void>
  /** Redirects to a social provider (`socialProviders[i].strategy`); the user comes back to `ssoCallbackUrl`. */
  signInWithProvider(strategy: string): Promise<void>
  /**
   * Starts a method that needs one action (e.g. `passkey`, exported by `@flowkit/flows`): its Clerk
   * call, then wherever Clerk's status leads (signed in, a second factor…).
   */
  start(method: StartableFactor): Promise<void>
  /**
   * Whether the instance offers `method` for the identifier in use (e.g. `flow.offers(passkey)`
   * before showing its button).
   */
  offers(method: Factor): boolean
  /**
   * Starts a method the browser finishes on its own once the user picks a suggestion (e.g.
   * `passkeyAutofill`): nothing is pending meanwhile, and a cancel or an unsupported browser shows
   * nothing. Returns `cancel`: call it when the field offering the suggestions goes away (its
   * result, should it still arrive, is then dropped; it is dropped too once the user has moved on).
   */
  autofill(method: StartableFactor): () => void
  /** On `protect-check`: submits the proof token the challenge resolved with, then goes on. */
  passProtectCheck(proofToken: string): Promise<void>
  /** On `create-account`: creates the account, then asks for whatever else the sign-up needs. */
  createAccount(): Promise<void>
  /** Returns to the previous step, keeping the identifier (no request). */
  back(): void
  /** Back to the identifier step, keeping the identifier; Clerk's attempts are discarded. */
  startOver(): void
}
