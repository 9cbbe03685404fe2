import { useClerk, useSession, useSignIn, useSignUp } from '@clerk/react'
import type { OAuthStrategy, SignUpFutureResource } from '@clerk/react/types'
import { useEffect, useReducer, useRef } from 'react'
import { fieldName, inputError, normalizeError } from '../errors/normalize-error'
import type { FlowError } from '../errors/types'
import { normalizeCode } from '../input/normalize-code'
import { type IdentifierKind, normalizeIdentifier } from '../input/normalize-identifier'
import {
  codeStrategies,
  defaultMode,
  environmentOf,
  identifierKinds,
  passwordEnabled,
  socialProviders,
} from '../internal/environment'
import { clerkCodeOf, must } from '../internal/run'
import { type Calls, CODE_METHOD, signUpIdentifier, signUpNeeds } from '../internal/sign-up'
import { useMissingFieldsController } from '../missing-fields/use-missing-fields'
import { afterActivation, go, resolveRedirect } from '../navigation/resolve-redirect'
import { useSessionTask } from '../session-task/use-session-task'
import { type FlowState, initialState, reduce } from './machine'
import type {
  FirstFactorStrategy,
  SecondFactorStrategy,
  SignInOrUpFlow,
  SignInOrUpOptions,
  SignInOrUpStep,
} from './types'

const SECOND_FACTORS: SecondFactorStrategy[] = ['totp', 'phone_code', 'email_code', 'backup_code']
const CAPTCHA_STEPS = ['identifier', 'password', 'first-factor', 'missing-requirements']

/**
 * The whole sign-in-or-up journey of Clerk's custom-flow guide as one hook: where the user is
 * (`step`), what went wrong (`error`, `fieldErrors`), and the verbs a screen calls with what the
 * user typed. Every Clerk call lives here; the screen only renders. Inputs stay in the screen, so a
 * keystroke never re-renders the journey.
 *
 * @example
 * const flow = useSignInOrUp({ fallbackRedirectUrl: '/dashboard' })
 * if (flow.step.name === 'identifier') {
 *   return <form onSubmit={(e) => { e.preventDefault(); flow.submitIdentifier(e.currentTarget.email.value) }}>…</form>
 * }
 */
export function useSignInOrUp(options: SignInOrUpOptions = {}): SignInOrUpFlow {
  const clerk = useClerk()
  const { signIn } = useSignIn()
  const { signUp } = useSignUp()
  const { isLoaded, session } = useSession()
  const task = useSessionTask(options)
  const [state, dispatch] = useReducer(reduce, options, initialize)
  const busy = useRef(false)
  const loadedOnce = useRef(false)
  const polling = useRef(false)
  /** Which of this flow's attempts completed but has not activated its session yet. */
  const unfinished = useRef<'sign-in' | 'sign-up' | null>(null)
  const env = environmentOf(clerk)
  const kinds = identifierKinds(env)
  const intent = options.intent ?? 'sign-in-or-up'
  const mode = intent === 'sign-in-or-up' ? (options.mode ?? defaultMode(env)) : 'standard'
  const { identifier, step: current } = state
  const signingUp = intent === 'sign-up'
  const kind = normalizeIdentifier(identifier, { accepts: kinds }).kind ?? 'email_address'
  const codes = codeStrategies(env, kind)
  const strategies: FirstFactorStrategy[] =
    mode === 'signUpIfMissing' && kind !== 'username' && codes.length
      ? codes
      : [...(passwordEnabled(env) ? (['password'] as const) : []), ...codes]
  const reset = kind === 'phone_number' ? signIn.resetPasswordPhoneCode : signIn.resetPasswordEmailCode
  const metadata = options.unsafeMetadata ? { unsafeMetadata: options.unsafeMetadata } : {}

  const to = (step: SignInOrUpStep, codeSentAt?: number) => dispatch({ type: 'go', step, codeSentAt })

  /**
   * Wraps a verb: one at a time, only once Clerk has loaded, pending while it runs, failures as
   * data. (A check that fails before any request lands in the same render: no pending flash.)
   */
  const run =
    <A extends unknown[]>(verb: (...args: A) => Promise<void>) =>
    async (...args: A) => {
      if (busy.current || !isLoaded) return
      busy.current = true
      dispatch({ type: 'request' })
      try {
        // A retry after this flow's session failed to activate: the attempt is done, only finishing
        // is left (verifying the same code again would be refused). Only this flow's own attempt:
        // a complete one left on the client from an earlier visit (signed out since) starts afresh.
        if (unfinished.current)
          await finish(unfinished.current === 'sign-up' ? signUp : signIn, unfinished.current === 'sign-up')
        else await verb(...args)
      } catch (error) {
        const errors = normalizeError(error)
        // Signed in meanwhile (another tab): send the user on rather than show an error.
        if (errors[0]?.clerkCode === 'session_exists')
          return void (await go(resolveRedirect(options, signingUp), options.navigate))
        if (errors[0]?.code === 'attempt_expired') startAgain(errors)
        else dispatch({ type: 'failed', errors, at: Date.now() })
      } finally {
        busy.current = false
      }
    }

  /** The sign-in or sign-up is gone (expired, abandoned): back to the identifier, kept, saying why. */
  const startAgain = (errors: FlowError[]) => {
    dispatch({ type: 'startOver' })
    dispatch({ type: 'failed', errors, at: Date.now() })
  }

  const finish = async (resource: { finalize: SignUpFutureResource['finalize'] }, asSignUp: boolean) => {
    unfinished.current = asSignUp ? 'sign-up' : 'sign-in'
    // A pending task is then shown from `session.currentTask`, unless `taskUrls` sent the user there.
    must(await resource.finalize({ navigate: afterActivation(options, asSignUp) }))
    unfinished.current = null
    to({ name: 'complete' })
  }

  /** The Clerk object and method names that send and check the code a step asks for. */
  const codeMethods = (step: SignInOrUpStep): [Calls, string?, string?] => {
    const strategy = 'strategy' in step ? step.strategy : ''
    switch (step.name) {
      case 'first-factor':
        return [(strategy === 'phone_code' ? signIn.phoneCode : signIn.emailCode) as Calls, 'sendCode', 'verifyCode']
      case 'email-link':
        return [signIn.emailLink as unknown as Calls, 'sendLink']
      case 'reset-password-code':
        return [reset as Calls, 'sendCode', 'verifyCode']
      case 'verify-sign-up':
        return [
          signUp.verifications as unknown as Calls,
          `send${CODE_METHOD[step.channel]}`,
          `verify${CODE_METHOD[step.channel]}`,
        ]
      case 'second-factor':
      case 'client-trust': {
        // Only codes Clerk sends need sending: not TOTP or backup codes.
        const method = CODE_METHOD[strategy] as string
        return [signIn.mfa as Calls, /^(Phone|Email)/.test(method) ? `send${method}` : undefined, `verify${method}`]
      }
    }
    return [{}]
  }

  /**
   * Sends the step's code or link (`createWith` first starts a sign-in for that identifier) and
   * moves there; rejects with Clerk's error, if any.
   */
  const sendAndGo = async (step: SignInOrUpStep, createWith?: string) => {
    const [calls, send] = codeMethods(step)
    const phone = 'strategy' in step && step.strategy === 'phone_code'
    const result = send
      ? await calls[send]?.({
          verificationUrl: window.location.href,
          ...(createWith ? { [phone ? 'phoneNumber' : 'emailAddress']: createWith } : {}),
        })
      : undefined
    must(result)
    to(step, send ? Date.now() : undefined)
    // One poll at a time: a resent link is picked up by the poll already running.
    if (step.name === 'email-link' && !polling.current) {
      polling.current = true
      void waitForEmailLink().finally(() => {
        polling.current = false
      })
    }
  }

  /** What a code step shows: the value typed, but for usernames Clerk's masked address of the first factor used. */
  const shownIdentifier = (valueKind: IdentifierKind, value: string, strategy: string) =>
    valueKind === 'username'
      ? safeIdentifierOf(signIn.supportedFirstFactors.find((factor) => factor.strategy.startsWith(strategy)))
      : value

  /** The code or link step for a first factor. */
  const firstFactorStep = (strategy: FirstFactorStrategy, value: string, valueKind: IdentifierKind): SignInOrUpStep => {
    const safeIdentifier = shownIdentifier(valueKind, value, strategy)
    return strategy === 'email_link'
      ? { name: 'email-link', safeIdentifier }
      : { name: 'first-factor', strategy: strategy === 'phone_code' ? strategy : 'email_code', safeIdentifier }
  }

  // Polls until the link is opened, then continues here: signed in, or (signUpIfMissing) a new account.
  const waitForEmailLink = async () => {
    const { error } = await signIn.emailLink.waitForVerification()
    await run(async () => {
      must({ error })
      if (signIn.isTransferable) return transfer()
      if (signIn.firstFactorVerification.status !== 'verified') {
        throw inputError('verification_expired', undefined, 'expired_code')
      }
      await routeSignIn()
    })()
  }

  /** signUpIfMissing: a verified address without an account becomes a sign-up (sign-in-or-up.md, step 3). */
  const transfer = async () => {
    must(await signUp.create({ transfer: true, ...metadata }))
    return routeSignUp()
  }

  /** Second factor: codes by SMS or email are sent first; TOTP and backup codes need nothing. */
  const secondFactor = async (chosen?: SecondFactorStrategy) => {
    const factors = signIn.supportedSecondFactors
    const available = SECOND_FACTORS.filter((strategy) => factors.some((factor) => factor.strategy === strategy))
    const strategy = chosen ?? available[0] ?? 'totp'
    const safeIdentifier = safeIdentifierOf(factors.find((factor) => factor.strategy === strategy))
    const step: SignInOrUpStep = {
      name: 'second-factor',
      strategy,
      available,
      ...(safeIdentifier && { safeIdentifier }),
    }
    return sendAndGo(step)
  }

  /** Routes every `signIn.status` Clerk defines. */
  const routeSignIn = async (): Promise<void> => {
    switch (signIn.status) {
      case 'complete':
        return finish(signIn, false)
      case 'needs_second_factor':
        return secondFactor()
      case 'needs_client_trust': {
        // A known password on a new device: Clerk confirms it with a code (client trust).
        const factor = signIn.supportedSecondFactors.find((candidate) =>
          /^(email|phone)_code$/.test(candidate.strategy),
        )
        const strategy = factor?.strategy === 'phone_code' ? 'phone_code' : 'email_code'
        const safeIdentifier = safeIdentifierOf(factor) || identifier
        return sendAndGo({ name: 'client-trust', strategy, safeIdentifier })
      }
      case 'needs_new_password':
        return to({ name: 'new-password' })
      case 'needs_protect_check':
        // Clerk Protect wants a challenge script run in the page; Flowkit does not run it, so say so.
        to({ name: 'protect-check' })
        throw inputError('protect_check', undefined, 'not_allowed')
      case 'needs_first_factor':
        return to({ name: 'choose-strategy', strategies })
      default:
        return to({ name: 'identifier' })
    }
  }

  /** Routes a sign-up: missing fields first, then verification, then finalize. */
  const routeSignUp = async (resource: SignUpFutureResource = signUp): Promise<void> => {
    const needs = signUpNeeds(resource)
    if (needs === 'complete') return finish(resource, true)
    if (needs === 'abandoned') throw inputError('sign_up_abandoned', undefined, 'attempt_expired')
    if (needs === 'fields') return to({ name: 'missing-requirements' })
    const safeIdentifier = signUpIdentifier(resource, needs)
    return sendAndGo({ name: 'verify-sign-up', channel: needs, safeIdentifier })
  }

  /** Starts a sign-up for the identifier (standard mode's `form_identifier_not_found`, or `intent: 'sign-up'`). */
  const startSignUp = async (valueKind: IdentifierKind, value: string, password?: string) => {
    const params = { [fieldName(valueKind)]: value, ...metadata }
    if (password) must(await signUp.password({ ...params, password }))
    // Asking for the password first makes the sign-up one request instead of two.
    else if (intent === 'sign-up' && env?.userSettings.attributes.password?.required) {
      return to({ name: 'password' })
    } else must(await signUp.create(params))
    return routeSignUp()
  }

  const missingFields = useMissingFieldsController(options, { progress: routeSignUp, onAttemptExpired: startAgain })

  useEffect(() => {
    if (!isLoaded || loadedOnce.current) return
    loadedOnce.current = true
    const linkStatus = new URLSearchParams(window.location.search).get('__clerk_status')
    const created = signIn.emailLink.verification
    const external = signIn.firstFactorVerification
    if (linkStatus === 'verified') {
      // Opened in this browser: activate the session the link created; elsewhere, the first tab signs in.
      if (created?.verifiedFromTheSameClient) {
        void clerk.setActive({ session: created.createdSessionId, navigate: afterActivation(options) })
      }
      to({ name: 'complete' })
    } else if (linkStatus) {
      const expired = linkStatus === 'expired'
      const key = expired ? 'verification_expired' : linkStatus === 'client_mismatch' ? 'client_mismatch' : 'unknown'
      dispatch({
        type: 'failed',
        errors: [inputError(key, undefined, expired ? 'expired_code' : 'not_allowed')],
        at: 0,
      })
    } else if (session?.status === 'active') {
      // Already signed in: sent on, never shown a form.
      void go(resolveRedirect(options), options.navigate)
    } else if (/^(oauth_|enterprise_sso)/.test(external.strategy ?? '') && external.status !== 'unverified') {
      // Back from a social provider (ssoCallbackUrl): finish here, as Clerk's redirect callback would.
      void run(async () => {
        if (signIn.isTransferable) return transfer()
        must({ error: external.error })
        await routeSignIn()
      })()
    }
  })

  const step: SignInOrUpStep = !isLoaded
    ? { name: 'loading' }
    : task
      ? { name: 'task', key: task.key }
      : session?.status === 'active' && current.name !== 'complete'
        ? { name: 'loading' }
        : current

  return {
    step,
    mode,
    intent,
    identifier,
    identifierKinds: kinds,
    strategies,
    socialProviders: socialProviders(env),
    isPending: state.pending,
    error: state.error,
    fieldErrors: state.fieldErrors,
    resendAvailableAt: state.resendAvailableAt,
    captchaRequired: intent !== 'sign-in' && CAPTCHA_STEPS.includes(step.name),
    canGoBack: step === current && state.history.length > 0,
    missingFields: step.name === 'missing-requirements' ? missingFields : null,
    task: step.name === 'task' ? task : null,

    submitIdentifier: run(async (raw: string) => {
      const result = normalizeIdentifier(raw, { accepts: kinds, defaultCallingCode: options.defaultCallingCode })
      if (!result.ok) throw inputError(result.problem, 'identifier')
      const { kind: valueKind, value } = result
      dispatch({ type: 'request', identifier: value })
      if (intent === 'sign-up') return startSignUp(valueKind, value)
      const code = codeStrategies(env, valueKind)[0]
      if (code && valueKind !== 'username' && mode === 'signUpIfMissing') {
        // Enumeration-safe (sign-in-or-up.md): the same requests and screens whether or not the
        // account exists; only code verification tells.
        must(await signIn.create({ identifier: value, signUpIfMissing: true }))
        return sendAndGo(firstFactorStep(code, value, valueKind))
      }
      // The instance makes the password step the next one: known locally, no request.
      if (passwordEnabled(env) && (!code || env?.displayConfig.preferredSignInStrategy === 'password')) {
        return to({ name: 'password' })
      }
      if (!code) {
        must(await signIn.create({ identifier: value }))
        return routeSignIn()
      }
      // No account for this identifier is routed, not shown.
      const error = await sendAndGo(firstFactorStep(code, value, valueKind), value).catch((error: unknown) => error)
      if (clerkCodeOf(error) === 'form_identifier_not_found' && intent === 'sign-in-or-up') {
        return startSignUp(valueKind, value)
      }
      must({ error })
    }),

    submitPassword: run(async (password: string) => {
      if (!password) throw inputError('empty', 'password')
      if (signingUp) return startSignUp(kind, identifier, password)
      const { error } = await signIn.password({ identifier, password })
      // Standard mode (sign-in-or-up.md): no account yet, so the same email and password sign up.
      if (clerkCodeOf(error) === 'form_identifier_not_found' && intent === 'sign-in-or-up') {
        return startSignUp(kind, identifier, password)
      }
      must({ error })
      return routeSignIn()
    }),

    submitCode: run(async (raw: string) => {
      const backup = current.name === 'second-factor' && current.strategy === 'backup_code'
      const code = backup ? raw.trim() : normalizeCode(raw)
      if (!code) throw inputError(backup ? 'empty' : 'invalid_code', 'code')
      const [calls, , verify = ''] = codeMethods(current)
      const error = (await calls[verify]?.({ code }))?.error
      if (clerkCodeOf(error) === 'sign_up_if_missing_transfer') return transfer()
      must({ error })
      return current.name === 'verify-sign-up' ? routeSignUp() : routeSignIn()
    }),

    submitNewPassword: run(async (password: string, options?: { signOutOfOtherSessions?: boolean }) => {
      if (!password) throw inputError('empty', 'newPassword')
      must(await reset.submitPassword({ password, signOutOfOtherSessions: options?.signOutOfOtherSessions ?? true }))
      return routeSignIn()
    }),

    resendCode: async () => {
      if (codeMethods(current)[1] && Date.now() >= (state.resendAvailableAt ?? 0)) {
        await run(() => sendAndGo(current))()
      }
    },

    chooseStrategy: run(async (strategy: FirstFactorStrategy) => {
      if (strategy === 'password') return to({ name: 'password' })
      // Reuse the sign-in already started for this identifier; otherwise start one.
      const started = signIn.id && signIn.identifier === identifier
      return sendAndGo(firstFactorStep(strategy, identifier, kind), started ? undefined : identifier)
    }),

    chooseAnotherMethod: () => {
      const using = current.name === 'password' ? 'password' : current.name === 'first-factor' ? current.strategy : ''
      to({ name: 'choose-strategy', strategies: strategies.filter((strategy) => strategy !== using) })
    },

    chooseSecondFactor: run(secondFactor),

    forgotPassword: run(async () => {
      if (kind === 'phone_number') must(await signIn.resetPasswordPhoneCode.sendCode({ phoneNumber: identifier }))
      else {
        if (!(signIn.id && signIn.identifier === identifier)) must(await signIn.create({ identifier }))
        must(await signIn.resetPasswordEmailCode.sendCode())
      }
      to(
        { name: 'reset-password-code', safeIdentifier: shownIdentifier(kind, identifier, 'reset_password') },
        Date.now(),
      )
    }),

    signInWithProvider: run(async (strategy: string) => {
      // Both URLs bring the user back to this flow, which finishes and then resolves the redirect.
      const back = options.ssoCallbackUrl ?? window.location.href
      must(await signIn.sso({ strategy: strategy as OAuthStrategy, redirectUrl: back, redirectCallbackUrl: back }))
    }),

    back: () => dispatch({ type: 'back' }),

    startOver: () => {
      unfinished.current = null
      if (isLoaded) {
        void signIn.reset()
        void signUp.reset()
      }
      dispatch({ type: 'startOver' })
    },
  }
}

/** The identifier to prefill: `initialValues`, else Clerk's query parameters. */
function initialize(options: SignInOrUpOptions): FlowState {
  const query = new URLSearchParams(typeof window === 'undefined' ? '' : window.location.search)
  const { emailAddress, phoneNumber, username } = options.initialValues ?? {}
  const identifier =
    emailAddress ??
    phoneNumber ??
    username ??
    query.get('email_address') ??
    query.get('phone_number') ??
    query.get('username')
  return { ...initialState, identifier: identifier ?? '' }
}

/** The masked address or number Clerk shows for a factor (`safeIdentifier`), when the factor has one. */
function safeIdentifierOf(factor?: object) {
  return (factor as { safeIdentifier?: string } | undefined)?.safeIdentifier ?? ''
}
