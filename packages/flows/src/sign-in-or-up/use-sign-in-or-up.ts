import { useClerk, useSession, useSignIn, useSignUp } from '@clerk/react'
import type { SignInFutureResource, SignUpFutureResource } from '@clerk/react/types'
import { useEffect, useReducer, useRef, useSyncExternalStore } from 'react'
import { normalizeError } from '../errors/normalize-error'
import type { FlowError } from '../errors/types'
import { codeCallsOf, oauth } from '../factors'
import { passwordRules } from '../input/password-rules'
import { environmentOf } from '../internal/environment'
import { journeyContext } from '../journey/context'
import { initialJourney, reduce } from '../journey/reducer'
import { useMissingFieldsController } from '../missing-fields/use-missing-fields'
import { go, resolveRedirect, taskUrlOf } from '../navigation/resolve-redirect'
import { useSessionTask } from '../session-task/use-session-task'
import { journeyEffects } from './effects'
import type { SignInOrUpFlow, SignInOrUpOptions, SignInOrUpStep } from './types'
import { identify, journeyVerbs } from './verbs'

const CAPTCHA_STEPS = ['identifier', 'password', 'first-factor', 'missing-requirements']

// A page Clerk sent the browser back to (an email link, an invitation): it shows `loading`, not the
// identifier, until Clerk has loaded and read it. Read after hydration: the server cannot know it.
const RETURN_PARAMS = /[?&](__clerk_status|__clerk_ticket)=/
const noSubscription = () => () => {}
const isReturn = () => RETURN_PARAMS.test(window.location.search)
const onServer = () => false

/**
 * The protect-check step with the challenge Clerk holds now: a failed or expired check comes back
 * with a new one (in the client the error carries, so only a re-read attempt has it), a passed one
 * with none.
 */
function withLiveChallenge(
  step: Extract<SignInOrUpStep, { name: 'protect-check' }>,
  signIn: SignInFutureResource,
  signUp: SignUpFutureResource,
): SignInOrUpStep {
  // None once passed: nothing is left to run while the journey moves on.
  const live = (step.attempt === 'sign-up' ? signUp : signIn).protectCheck ?? null
  return live?.token === step.challenge?.token ? step : { ...step, challenge: live }
}

/**
 * The whole sign-in-or-up journey of Clerk's custom-flow guide as one hook: where the user is
 * (`step`), what went wrong (`error`, `fieldErrors`), and the verbs a screen calls with what the
 * user typed. It only wires: a verb (`verbs.ts`) runs a factor's typed Clerk call (`factors/`),
 * Clerk's new state goes to the journey table (`journey/route.ts`), and its answer is carried out
 * (`effects.ts`) and lands in the reducer. Inputs stay in the screen, so a keystroke never
 * re-renders the journey.
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
  const [state, dispatch] = useReducer(reduce, options, initialJourney)
  // Requests in flight. Refs, not state: a second click (or StrictMode's second effect) lands
  // before React re-renders, and a resent link must join the long poll already running.
  const busy = useRef(false)
  const polling = useRef(false)
  const env = environmentOf(clerk)
  const ctx = journeyContext(env, options, state.identifier)
  const current = state.step
  const startAgain = (errors: FlowError[]) => dispatch({ type: 'startOver', errors, at: Date.now() })
  const failed = (errors: FlowError[]) => {
    for (const error of errors) options.onError?.(error)
    // An attempt Clerk no longer has starts again from the identifier, kept.
    if (errors[0]?.code === 'attempt_expired') startAgain(errors)
    else dispatch({ type: 'failed', errors, at: Date.now() })
  }

  /** Wraps a verb: one at a time, once Clerk has loaded, pending while it runs, failures as data. */
  const run =
    <A extends unknown[]>(verb: (...args: A) => Promise<unknown>) =>
    async (...args: A) => {
      if (busy.current || !isLoaded) return
      busy.current = true
      dispatch({ type: 'submitted' })
      try {
        // A retry after this flow's session failed to activate: only that is left to do. (Only this
        // flow's own attempt: one left complete on the client by an earlier visit starts afresh.)
        await (state.activating ? journey.finish(state.activating) : verb(...args))
      } catch (error) {
        const errors = normalizeError(error)
        // Signed in meanwhile (another tab): send the user on rather than show an error.
        if (errors[0]?.clerkCode === 'session_exists') {
          await go(resolveRedirect(options, ctx.intent === 'sign-up'), options.navigate)
        } else failed(errors)
      } finally {
        busy.current = false
      }
    }
  const journey = journeyEffects({ clerk, session, signIn, signUp, ctx, options, dispatch, polling, run })
  const calls = codeCallsOf(current, { signIn, signUp }, ctx.kind)
  const wiring = { signIn, signUp, isLoaded, env, ctx, state, calls, options, dispatch, journey, run }
  const verbs = journeyVerbs(wiring)
  const missingFields = useMissingFieldsController(options, { progress: journey.routeSignUp, onAttemptExpired: failed })
  const returning = useSyncExternalStore(noSubscription, isReturn, onServer)

  // Once, when Clerk has loaded. Inside `run`, so StrictMode's second effect is a no-op. An
  // identifier submitted while Clerk loaded goes on now, on a fresh visit only (a return from a
  // link or a provider drops it).
  // biome-ignore lint/correctness/useExhaustiveDependencies: a visit starts once; `run` is new every render
  useEffect(() => {
    if (!isLoaded || state.started) return
    const { queued } = state
    void run(async () => {
      const fresh = await journey.startVisit()
      if (!fresh || queued === null) return
      dispatch({ type: 'submitted' })
      await identify(wiring, queued)
    })()
  }, [isLoaded])

  // Once this flow has activated the session and sent its task to `taskUrls`, the task is not
  // rendered here too: an app's router (Next.js, React Router) shows this page a moment longer.
  const taskElsewhere =
    task && (state.activating !== null || current.name === 'complete') && taskUrlOf(options, task.key)
  // Before Clerk has loaded, a fresh visit already shows (and takes) the identifier.
  const step: SignInOrUpStep = !isLoaded
    ? returning
      ? { name: 'loading' }
      : current
    : task && !taskElsewhere
      ? { name: 'task', key: task.key }
      : session?.status === 'active' && current.name !== 'complete'
        ? { name: 'loading' }
        : current.name === 'protect-check'
          ? withLiveChallenge(current, signIn, signUp)
          : current

  const { onStepChange } = options
  const shown = 'strategy' in step ? `${step.name}:${step.strategy}` : step.name
  // Once per step shown (a step changing its method counts): not per render, not per resend, and
  // not for `loading` (Clerk loading, or a signed-in session on its way out).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `shown` names the step; the object changes with every resend
  useEffect(() => {
    if (step.name !== 'loading') onStepChange?.(step)
  }, [shown, onStepChange])

  return {
    step,
    mode: ctx.mode,
    intent: ctx.intent,
    identifier: ctx.identifier,
    identifierKinds: ctx.kinds,
    strategies: ctx.strategies,
    socialProviders: oauth.providers(env),
    passwordRules: passwordRules(env),
    signUpMode: env?.userSettings.signUp.mode ?? 'public',
    lastStrategy: clerk.client?.lastAuthenticationStrategy ?? null,
    isPending: state.pending,
    isReady: isLoaded,
    error: state.error,
    fieldErrors: state.fieldErrors,
    resendAvailableAt: state.resendAvailableAt,
    captchaRequired: ctx.intent !== 'sign-in' && CAPTCHA_STEPS.includes(step.name),
    canGoBack: step.name === current.name && state.history.length > 0,
    missingFields: step.name === 'missing-requirements' ? missingFields : null,
    task: step.name === 'task' ? task : null,
    ...verbs,
  }
}
