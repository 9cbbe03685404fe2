import type { SignInFutureResource, SignUpFutureResource } from '@clerk/react/types'
import type { Dispatch } from 'react'
import { inputError } from '../errors/normalize-error'
import { firstFactorStep, oauth, password, resetPassword } from '../factors'
import { phoneCodeWhatsApp } from '../factors/phone-code'
import { protect } from '../factors/protect'
import type { CodeCalls, Environment, StartableFactor } from '../factors/types'
import { normalizeCode } from '../input/normalize-code'
import { normalizeIdentifier } from '../input/normalize-identifier'
import { checkPassword, passwordRules } from '../input/password-rules'
import { clerkCodeOf, must } from '../internal/run'
import type { JourneySetup } from '../journey/context'
import { afterIdentifier, offerFor } from '../journey/identifier'
import type { JourneyEvent, JourneyState } from '../journey/reducer'
import { shownIdentifier } from '../journey/route'
import type { journeyEffects } from './effects'
import type {
  FirstFactorStrategy,
  PhoneChannel,
  SecondFactorStrategy,
  SignInOrUpFlow,
  SignInOrUpOptions,
  SignInOrUpStep,
} from './types'

/** The phone code step `step`, sending by `channel` instead; undefined for a step that sends no phone code. */
function byPhoneChannel(step: SignInOrUpStep, channel: PhoneChannel): SignInOrUpStep | undefined {
  const phoneChannel = channel === 'sms' ? undefined : channel
  if (step.name === 'first-factor' && step.strategy === 'phone_code') return { ...step, phoneChannel }
  if (step.name === 'verify-sign-up' && step.channel === 'phone_number') return { ...step, phoneChannel }
  return undefined
}

/** What the verbs act on: Clerk this render, the journey's state and context, and its effects. */
export interface VerbWiring {
  signIn: SignInFutureResource
  signUp: SignUpFutureResource
  isLoaded: boolean
  env: Environment
  ctx: JourneySetup
  state: JourneyState
  /** The Clerk calls behind the current step. */
  calls: CodeCalls
  options: SignInOrUpOptions
  dispatch: Dispatch<JourneyEvent>
  journey: ReturnType<typeof journeyEffects>
  run<A extends unknown[]>(verb: (...args: A) => Promise<unknown>): (...args: A) => Promise<void>
}

type Verbs = Omit<
  SignInOrUpFlow,
  | 'step'
  | 'mode'
  | 'intent'
  | 'identifier'
  | 'identifierKinds'
  | 'strategies'
  | 'socialProviders'
  | 'isPending'
  | 'isReady'
  | 'error'
  | 'fieldErrors'
  | 'resendAvailableAt'
  | 'captchaRequired'
  | 'canGoBack'
  | 'missingFields'
  | 'task'
  | 'passwordRules'
  | 'signUpMode'
  | 'lastStrategy'
>

/** Checks and normalises an identifier, then carries out what submitting it leads to. */
export function identify({ env, ctx, options, dispatch, journey }: VerbWiring, raw: string) {
  const result = normalizeIdentifier(raw, { accepts: ctx.kinds, defaultCallingCode: options.defaultCallingCode })
  if (!result.ok) throw inputError(result.problem, 'identifier')
  const now = { identifier: result.value, kind: result.kind }
  dispatch({ type: 'identified', identifier: now.identifier })
  return journey.identify(now, afterIdentifier(offerFor(env, now.kind), ctx, now.kind))
}

/**
 * The verbs a screen calls with what the user typed: each checks the input, runs a factor's named
 * Clerk call, and hands Clerk's answer to the journey table (through `journey`).
 */
export function journeyVerbs(wiring: VerbWiring): Verbs {
  const { signIn, signUp, isLoaded, env, ctx, state, calls, dispatch, journey, run } = wiring
  const { identifier, kind, intent } = ctx
  const current = state.step
  const { arrive, routeSignIn, routeSignUp, send, startSignUp } = journey
  return {
    // Before Clerk has loaded, the identifier waits as typed (the instance's rules are not known
    // yet); the hook sends it once Clerk is ready. Typing never waited for Clerk.
    submitIdentifier: isLoaded
      ? run((raw: string) => identify(wiring, raw))
      : async (raw: string) => dispatch({ type: 'queued', identifier: raw }),

    submitPassword: run(async (secret: string) => {
      if (!secret) throw inputError('empty', 'password')
      if (intent === 'sign-up') return startSignUp(kind, identifier, secret)
      const { error } = await password.signIn(signIn, identifier, secret)
      // Standard mode (sign-in-or-up.md): no account yet, so the same email and password sign up.
      if (clerkCodeOf(error) === 'form_identifier_not_found' && intent === 'sign-in-or-up') {
        return startSignUp(kind, identifier, secret)
      }
      must({ error })
      return routeSignIn()
    }),

    submitCode: run(async (raw: string) => {
      // Backup codes are not six digits: taken as typed.
      const backup = current.name === 'second-factor' && current.strategy === 'backup_code'
      const code = backup ? raw.trim() : normalizeCode(raw)
      if (!code) throw inputError(backup ? 'empty' : 'invalid_code', 'code')
      const result = await calls.verify?.(code)
      if (clerkCodeOf(result?.error) === 'sign_up_if_missing_transfer') return journey.follow({ transfer: true })
      must(result)
      return current.name === 'verify-sign-up' ? routeSignUp() : routeSignIn()
    }),

    submitNewPassword: run(async (secret: string, choice?: { signOutOfOtherSessions?: boolean }) => {
      if (!secret) throw inputError('empty', 'newPassword')
      const problem = checkPassword(passwordRules(env), secret, 'newPassword')
      if (problem) throw problem
      must(await resetPassword.submit(signIn, kind, secret, choice?.signOutOfOtherSessions ?? true))
      return routeSignIn()
    }),

    resendCode: async ({ channel } = {}) => {
      if (!channel) {
        if (calls.send && Date.now() >= (state.resendAvailableAt ?? 0)) await run(() => send(current))()
        return
      }
      // Another way to get the code is not a resend of the same: no cooldown (Clerk still rate-limits).
      const step = byPhoneChannel(current, channel)
      if (step && (channel === 'sms' || phoneCodeWhatsApp.enabled(env))) await run(() => send(step))()
    },

    chooseStrategy: run(async (strategy: FirstFactorStrategy) => {
      if (strategy === 'password') return arrive(password.step())
      // Reuse the sign-in already started for this identifier; otherwise start one.
      const started = signIn.id && signIn.identifier === identifier
      return send(firstFactorStep(strategy, shownIdentifier(signIn, ctx, strategy)), started ? undefined : identifier)
    }),

    chooseAnotherMethod: () => {
      const using = current.name === 'password' ? 'password' : current.name === 'first-factor' ? current.strategy : ''
      arrive({ name: 'choose-strategy', strategies: ctx.strategies.filter((strategy) => strategy !== using) })
    },

    chooseSecondFactor: run((secondFactor: SecondFactorStrategy) => routeSignIn({ secondFactor })),

    forgotPassword: run(async () => {
      must(await resetPassword.start(signIn, kind, identifier))
      arrive(
        { name: 'reset-password-code', safeIdentifier: shownIdentifier(signIn, ctx, 'reset_password') },
        Date.now(),
      )
    }),

    signInWithProvider: run(async (strategy: string) => {
      const provider = oauth.providers(env).find((candidate) => candidate.strategy === strategy)
      if (!provider) throw inputError('not_accepted')
      must(await oauth.redirect(signIn, provider.strategy, ctx.returnTo))
    }),

    start: run(async (method: StartableFactor) => {
      must(await method.start({ signIn, signUp }, ctx))
      // A redirect to a provider leaves the page: the journey goes on when the browser comes back.
      if (!method.leavesPage) return routeSignIn()
    }),

    offers: (method) => method.enabled(env, kind),

    autofill: (method) => {
      let dropped = !isLoaded
      if (!dropped) {
        void method.start({ signIn, signUp }, ctx).then(
          // Picked a suggestion: go on, unless the field is gone or the user has started another
          // attempt meanwhile (Clerk's attempt is then that one). Cancelled or unsupported: nothing.
          ({ error }) =>
            dropped || error || signIn.firstFactorVerification.strategy !== 'passkey' || run(() => routeSignIn())(),
          () => {},
        )
      }
      return () => {
        dropped = true
      }
    },

    passProtectCheck: run(async (proofToken: string) => {
      if (current.name !== 'protect-check')
        throw new Error('Flowkit: passProtectCheck() is for the protect-check step.')
      const signingUp = current.attempt === 'sign-up'
      const { error } = await protect.submit(signingUp ? signUp : signIn, proofToken)
      // A failed or expired check comes with a new challenge, which the step shows (its `challenge`
      // is read live); one already passed (a second submit, another tab) lets the journey go on.
      if (error && clerkCodeOf(error) !== 'protect_check_already_resolved') throw error
      return signingUp ? routeSignUp() : routeSignIn()
    }),

    createAccount: run(async () => {
      if (current.name !== 'create-account') throw new Error('Flowkit: createAccount() is for the create-account step.')
      return journey.transfer()
    }),

    back: () => dispatch({ type: 'back' }),

    startOver: () => {
      if (isLoaded) {
        void signIn.reset()
        void signUp.reset()
      }
      dispatch({ type: 'startOver' })
    },
  }
}
