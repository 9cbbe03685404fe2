import type { FlowError, FlowField } from '../errors/types'
import type { SignInOrUpStep, SignInOrUpStepName } from './types'

/** How long after a code is sent before `resendCode` may send another (Clerk's prebuilt UI waits 30 s). */
export const RESEND_COOLDOWN_MS = 30_000

/** The journey's own state: where the user is and what they submitted. Clerk's state is read live. */
export interface FlowState {
  step: SignInOrUpStep
  /** Steps `back` returns to, most recent last. */
  history: SignInOrUpStep[]
  /** The identifier last submitted, normalised. */
  identifier: string
  pending: boolean
  error: FlowError | null
  fieldErrors: Partial<Record<FlowField, FlowError>>
  resendAvailableAt: number | null
}

export type FlowEvent =
  /** A request starts; a submitted identifier is remembered. */
  | { type: 'request'; identifier?: string }
  | { type: 'failed'; errors: FlowError[]; at: number }
  /** Move to a step. `codeSentAt` starts the resend cooldown. */
  | { type: 'go'; step: SignInOrUpStep; codeSentAt?: number }
  | { type: 'back' }
  | { type: 'startOver' }

export const initialState: FlowState = {
  step: { name: 'identifier' },
  history: [],
  identifier: '',
  pending: false,
  error: null,
  fieldErrors: {},
  resendAvailableAt: null,
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
const NO_RETURN: SignInOrUpStepName[] = ['identifier', 'complete', 'task', 'loading', 'new-password']

const settled = { pending: false, error: null, fieldErrors: {} }

/** The journey as one reducer: every transition the hook makes goes through here. */
export function reduce(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'request':
      return { ...state, ...settled, pending: true, identifier: event.identifier ?? state.identifier }
    case 'failed': {
      const target = STEP_FIELD[state.step.name]
      const fieldErrors: FlowState['fieldErrors'] = {}
      let error: FlowError | null = null
      let resendAvailableAt = state.resendAvailableAt
      for (const item of event.errors) {
        if (target && item.field && (item.field === target || ALIASES[item.field] === target)) {
          fieldErrors[target] ??= { ...item, field: target }
        } else error ??= item
        if (item.retryAfterSeconds) resendAvailableAt = event.at + item.retryAfterSeconds * 1000
      }
      return { ...state, pending: false, error, fieldErrors, resendAvailableAt }
    }
    case 'go': {
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
      }
    }
    case 'back': {
      const previous = state.history.at(-1)
      if (!previous) return state
      return { ...state, ...settled, step: previous, history: state.history.slice(0, -1), resendAvailableAt: null }
    }
    case 'startOver':
      return { ...initialState, identifier: state.identifier }
  }
}
