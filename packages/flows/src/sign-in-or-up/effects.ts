import type { useClerk, useSession } from '@clerk/react'
import type { SignInFutureResource, SignUpFutureResource } from '@clerk/react/types'
import type { Dispatch, RefObject } from 'react'
import { fieldName, inputError } from '../errors/normalize-error'
import { codeCallsOf, emailLink, firstFactorStep, password } from '../factors'
import { enterpriseSso } from '../factors/enterprise-sso'
import { ticket } from '../factors/ticket'
import type { IdentifierKind } from '../input/normalize-identifier'
import { checkPassword, passwordRules } from '../input/password-rules'
import { environmentOf } from '../internal/environment'
import { clerkCodeOf, must } from '../internal/run'
import type { JourneySetup } from '../journey/context'
import type { AfterIdentifier } from '../journey/identifier'
import type { JourneyEvent } from '../journey/reducer'
import { shownIdentifier, signInNext, signUpNext } from '../journey/route'
import type { Attempt, JourneyContext, Next } from '../journey/types'
import { afterActivation, go, resolveRedirect } from '../navigation/resolve-redirect'
import type { SignInOrUpOptions, SignInOrUpStep } from './types'

/** What the journey's effects act on: Clerk's objects this render, the context, and the reducer. */
export interface Wiring {
  clerk: ReturnType<typeof useClerk>
  session: ReturnType<typeof useSession>['session']
  signIn: SignInFutureResource
  signUp: SignUpFutureResource
  ctx: JourneySetup
  options: SignInOrUpOptions
  dispatch: Dispatch<JourneyEvent>
  /** The email link's long poll is running (a request in flight): a resent link joins it. */
  polling: RefObject<boolean>
  /** The hook's verb wrapper: one request at a time, failures as data. */
  run<A extends unknown[]>(verb: (...args: A) => Promise<unknown>): (...args: A) => Promise<void>
}

/**
 * The journey's effects: each carries out what the table (`journey/route.ts`) decided, with a
 * factor's typed Clerk calls, and records where that led in the reducer.
 */
export function journeyEffects({ clerk, session, signIn, signUp, ctx, options, dispatch, polling, run }: Wiring) {
  const metadata = options.unsafeMetadata ? { unsafeMetadata: options.unsafeMetadata } : {}
  const arrive = (step: SignInOrUpStep, codeSentAt?: number) => dispatch({ type: 'arrived', step, codeSentAt })

  /** Carries out what follows a Clerk call. */
  const follow = async (next: Next): Promise<void> => {
    if ('finalize' in next) return finish(next.finalize)
    if ('restart' in next) throw next.restart
    // The app's own screen (an age or legal gate) may come between verification and the account.
    if ('transfer' in next) return options.beforeCreateAccount ? arrive({ name: 'create-account' }) : transfer()
    // Off to the identity provider; the visit goes on when the browser comes back (startVisit).
    if ('sso' in next) return must(await enterpriseSso.connection(next.sso).start({ signIn, signUp }, ctx))
    if (next.send) await send(next.step)
    else arrive(next.step)
    if (next.error) throw next.error
  }

  /** A verified identifier no account has becomes a sign-up, asking only for what is still missing. */
  const transfer = async () => {
    must(await signUp.create({ transfer: true, ...metadata }))
    return follow(signUpNext(signUp))
  }

  /** Activates the completed attempt's session; a pending task is then shown from `session.currentTask`. */
  const finish = async (attempt: Attempt) => {
    dispatch({ type: 'activating', attempt })
    ticket.forget()
    const isSignUp = attempt === 'sign-up'
    const onward = afterActivation(options, isSignUp)
    must(
      await (isSignUp ? signUp : signIn).finalize({
        // Told before navigating on: a full page load would not wait for a callback after it.
        navigate: async (activated) => {
          options.onComplete?.({ sessionId: activated.session.id, isSignUp })
          return onward(activated)
        },
      }),
    )
    arrive({ name: 'complete' })
  }

  /** Sends the step's code or link (`startWith` also starts the sign-in for it), then shows the step. */
  const send = async (step: SignInOrUpStep, startWith?: string) => {
    must(await codeCallsOf(step, { signIn, signUp }, ctx.kind).send?.(startWith))
    arrive(step, Date.now())
    if (step.name === 'email-link') waitForLink()
  }

  // The long poll ends when the link is opened (here or elsewhere) or expires; then this page goes on.
  const waitForLink = () => {
    if (polling.current) return
    polling.current = true
    void emailLink
      .wait(signIn)
      .then(({ error }) =>
        run(async () => {
          must({ error })
          if (!signIn.isTransferable && signIn.firstFactorVerification.status !== 'verified') {
            throw inputError('verification_expired', undefined, 'expired_code')
          }
          await routeSignIn()
        })(),
      )
      .finally(() => {
        polling.current = false
      })
  }

  /** What the sign-in's status leads to, given what the user asked for now. */
  const routeSignIn = (now: Partial<JourneyContext> = {}) => follow(signInNext(signIn, { ...ctx, ...now }))
  const routeSignUp = () => follow(signUpNext(signUp))

  /** Starts a sign-up for the identifier (a missing account in standard mode, or intent `sign-up`). */
  const startSignUp = async (kind: IdentifierKind, value: string, secret?: string) => {
    // The instance's password rules are known here: a password they refuse costs no request.
    const problem = secret && checkPassword(passwordRules(environmentOf(clerk)), secret, 'password')
    if (problem) throw problem
    const identity = { [fieldName(kind)]: value, ...metadata }
    must(await (secret ? password.signUp(signUp, identity, secret) : signUp.create(identity)))
    return routeSignUp()
  }

  return {
    arrive,
    follow,
    transfer,
    send,
    routeSignIn,
    routeSignUp,
    finish,

    startSignUp,

    /** Carries out what submitting `now` (an identifier that passed the checks) leads to. */
    identify: async (now: Pick<JourneyContext, 'identifier' | 'kind'>, plan: AfterIdentifier) => {
      switch (plan.call) {
        case 'ask-password':
          return arrive(password.step())
        case 'sign-up':
          return startSignUp(now.kind, now.identifier)
        case 'sign-in': {
          // signUpIfMissing is enumeration-safe (sign-in-or-up.md): the same requests and screens
          // whether or not the account exists; only code verification tells.
          const { error } = await signIn.create({
            identifier: now.identifier,
            ...(plan.signUpIfMissing && { signUpIfMissing: true }),
          })
          if (clerkCodeOf(error) === 'form_identifier_not_found' && ctx.intent === 'sign-in-or-up') {
            return startSignUp(now.kind, now.identifier)
          }
          must({ error })
          return routeSignIn({ ...now, firstFactor: plan.firstFactor })
        }
        case 'send-code': {
          const step = firstFactorStep(plan.strategy, shownIdentifier(signIn, now, plan.strategy))
          const failure = await send(step, now.identifier).catch((error: unknown) => error)
          // No account for this identifier is routed to a sign-up, not shown.
          if (clerkCodeOf(failure) === 'form_identifier_not_found' && ctx.intent === 'sign-in-or-up') {
            return startSignUp(now.kind, now.identifier)
          }
          return must({ error: failure })
        }
      }
    },

    /**
     * How this visit starts, once Clerk has loaded: back from a link or a provider, or signed in.
     * Resolves `true` for a fresh visit (none of those), where an identifier queued before Clerk
     * loaded goes on at once; any other start drops it.
     */
    startVisit: async (): Promise<boolean> => {
      dispatch({ type: 'started' })
      // An invitation link: its ticket signs the user up (asking only for what is still missing) or in.
      const invitation = ticket.inUrl(window.location.search)
      if (invitation) {
        if (invitation.signIn) {
          must(await ticket.signIn(signIn, invitation.value))
          await routeSignIn()
          return false
        }
        must(await ticket.signUp(signUp, invitation.value))
        await routeSignUp()
        return false
      }
      const linkStatus = new URLSearchParams(window.location.search).get('__clerk_status')
      const link = signIn.emailLink.verification
      const external = signIn.firstFactorVerification
      if (linkStatus === 'verified') {
        // Opened in this browser: activate the session it created; elsewhere, the first tab signs in.
        if (link?.verifiedFromTheSameClient) {
          await clerk.setActive({ session: link.createdSessionId, navigate: afterActivation(options) })
        }
        arrive({ name: 'complete' })
        return false
      }
      if (linkStatus) {
        const expired = linkStatus === 'expired'
        const key = expired ? 'verification_expired' : linkStatus === 'client_mismatch' ? 'client_mismatch' : 'unknown'
        throw inputError(key, undefined, expired ? 'expired_code' : 'not_allowed')
      }
      // Already signed in: sent on, never shown a form.
      if (session?.status === 'active') {
        await go(resolveRedirect(options), options.navigate)
        return false
      }
      // Back from a social or enterprise provider: finish here, as Clerk's redirect callback would.
      if (/^(oauth_|enterprise_sso)/.test(external.strategy ?? '') && external.status !== 'unverified') {
        const refusal = signIn.isTransferable ? null : external.error
        if (refusal && external.strategy === 'enterprise_sso') throw enterpriseSso.refusal(refusal)
        must({ error: refusal })
        await routeSignIn()
        return false
      }
      return true
    },
  }
}
