import type { FlowError, FlowField } from '../errors/types'
import type { SignInOrUpOptions, SignInOrUpStep, SignInOrUpStepName } from '../sign-in-or-up/types'
import type { Attempt } from './types'

/** How long after a code is sent before `resendCode` may send another (Clerk's prebuilt UI waits 30 s). */
export const RESEND_COOLDOWN_MS = 30_000

/** All of the journey's own state: where the user is and what they submitted. Clerk's is read live. */
export interface JourneyState {
  step: SignInOrUpStep
  /** Steps `back` returns to, most recent last. */
  history: SignInOrUpStep[]
  /** The identifier last submitted, normalised. */
  identifier: string
  pending: boolean
  error: FlowError | null
  fieldErrors: Partial<Record<FlowField, FlowError>>
  resendAvailableAt: number | null
  /** The visit's start (a return from a link or a provider, an active session) was handled. */
  started: boolean
  /** This flow's attempt completed at Clerk, but its session is not active yet: a retry only activates. */
  activating: Attempt | null
  /**
   * What was submitted as the identifier before Clerk had loaded, as typed: it is checked and sent
   * the moment Clerk is ready (a fresh visit), or dropped (a return from a link or a provider).
   */
  queued: string | null
}

export type JourneyEvent =
  /** Clerk loaded and the visit's start was read; anything queued is taken (or dropped) now. */
  | { type: 'started' }
  /** An identifier submitted before Clerk loaded: kept as typed, the step pending until Clerk is ready. */
  | { type: 'queued'; identifier: string }
  /** A verb starts a request. */
  | { type: 'submitted' }
  /** The identifier passed the checks (normalised); it is kept across back and start over. */
  | { type: 'identified'; identifier: string }
  /** Move to a step. `codeSentAt` (epoch ms) starts the resend cooldown. */
  | { type: 'arrived'; step: SignInOrUpStep; codeSentAt?: number | undefined }
  /** A request or a check failed: each error goes to the step's field, or is the step's error. */
  | { type: 'failed'; errors: FlowError[]; at: number }
  /** The attempt is complete; its session is being activated. */
  | { type: 'activating'; attempt: Attempt }
  | { type: 'back' }
  /** Back to the identifier, kept; `errors` say why when Clerk dropped the attempt. */
  | { type: 'startOver'; errors?: FlowError[]; at?: number }

const identifierStep: SignInOrUpStep = { name: 'identifier' }

export const initialState: JourneyState = {
  step: identifierStep,
  history: [],
  identifier: '',
  pending: false,
  error: null,
  fieldErrors: {},
  resendAvailableAt: null,
  started: false,
  activating: null,
  queued: null,
}

/** The identifier to prefill: `initialValues`, else Clerk's query parameters. */
export function initialJourney(options: SignInOrUpOptions): JourneyState {
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

// The one input each step shows; field errors for anything else are shown as the step's error.
const STEP_FIELD: Partial<Record<SignInOrUpStepName, FlowField>> = {
  identifier: 'identifier',
  password: 'password',
  'new-password': 'newPassword',
  'first-factor': 'code',
  'second-factor': 'code',
  'client-trust': 'code',
  'reset-password-code': 'code',
  'verify-sign-up': 'code',
}
// Clerk names the identifier by its kind on sign-ups, and a new password `password`.
const ALIASES: Partial<Record<FlowField, FlowField>> = {
  emailAddress: 'identifier',
  phoneNumber: 'identifier',
  username: 'identifier',
  password: 'newPassword',
}
// Steps that start a new chapter: nothing to go back to.
const NO_RETURN: SignInOrUpStepName[] = ['identifier', 'complete', 'task', 'loading', 'new-password', 'create-account']

const settled = { pending: false, error: null, fieldErrors: {} }

function failed(state: JourneyState, errors: FlowError[], at: number): JourneyState {
  const target = STEP_FIELD[state.step.name]
  const fieldErrors: JourneyState['fieldErrors'] = {}
  let error: FlowError | null = null
  let resendAvailableAt = state.resendAvailableAt
  for (const item of errors) {
    if (target && item.field && (item.field === target || ALIASES[item.field] === target)) {
      fieldErrors[target] ??= { ...item, field: target }
    } else error ??= item
    if (item.retryAfterSeconds) resendAvailableAt = at + item.retryAfterSeconds * 1000
  }
  return { ...state, pending: false, error, fieldErrors, resendAvailableAt }
}

/** The journey's reducer: every change to its state is one of these events. */
export function reduce(state: JourneyState, event: JourneyEvent): JourneyState {
  switch (event.type) {
    case 'started':
      return { ...state, pending: false, started: true, queued: null }
    case 'queued':
      return { ...state, ...settled, pending: true, queued: event.identifier }
    case 'submitted':
      return { ...state, ...settled, pending: true }
    case 'identified':
      return { ...state, identifier: event.identifier }
    case 'failed':
      return failed(state, event.errors, event.at)
    case 'activating':
      return { ...state, activating: event.attempt }
    case 'arrived': {
      const { step } = event
      const same = step.name === state.step.name
      return {
        ...state,
        ...settled,
        step,
        history: NO_RETURN.includes(step.name) ? [] : same ? state.history : [...state.history, state.step],
        resendAvailableAt: event.codeSentAt
          ? event.codeSentAt + RESEND_COOLDOWN_MS
          : same
            ? state.resendAvailableAt
            : null,
        activating: step.name === 'complete' ? null : state.activating,
      }
    }
    case 'back': {
      const previous = state.history.at(-1)
      if (!previous) return state
      return { ...state, ...settled, step: previous, history: state.history.slice(0, -1), resendAvailableAt: null }
    }
    case 'startOver': {
      const fresh = { ...initialState, identifier: state.identifier, started: state.started }
      return event.errors ? failed(fresh, event.errors, event.at ?? 0) : fresh
    }
  }
}
