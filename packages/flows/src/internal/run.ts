import { useCallback, useRef, useState } from 'react'
import { normalizeError } from '../errors/normalize-error'
import type { FlowError } from '../errors/types'

/**
 * Clerk's Core 3 methods resolve `{ error }`; this throws it so one `catch` handles a whole verb.
 * No result (a call the step does not have, `calls.verify?.()`) is an error too, never a success.
 */
export function must(result: { error: unknown } | undefined) {
  if (!result) throw new Error('Flowkit: no Clerk call for this step.')
  if (result.error) throw result.error
}

/** Clerk's code for the (first) error of a failed call, e.g. `form_identifier_not_found`. */
export function clerkCodeOf(error: unknown) {
  return error ? normalizeError(error)[0]?.clerkCode : undefined
}

export interface Runner {
  isPending: boolean
  errors: FlowError[]
  /** Runs `task` unless one is already running (a double click sends one request); failures become `errors`. */
  run<A extends unknown[]>(task: (...args: A) => Promise<void>): (...args: A) => Promise<void>
  /** Shows errors found without a request (stable across renders). */
  fail(errors: FlowError[]): void
}

/** Who else hears of a controller's failures. */
export interface RunnerCallbacks {
  /** Takes the errors of an attempt Clerk no longer has, when the journey above restarts for it. */
  onAttemptExpired?: ((errors: FlowError[]) => void) | undefined
  /** Hears every error shown (the app's `onError`). */
  onError?: ((error: FlowError) => void) | undefined
}

/** Pending state and errors for a controller whose verbs each make one or two Clerk calls. */
export function useRunner({ onAttemptExpired, onError }: RunnerCallbacks = {}): Runner {
  // The ref guards synchronously: a second click lands before React re-renders with isPending.
  const busy = useRef(false)
  const [state, setState] = useState({ isPending: false, errors: [] as FlowError[] })
  // The latest callback, so `fail` stays stable for the effects that depend on it.
  const report = useRef(onError)
  report.current = onError
  const fail = useCallback((errors: FlowError[]) => {
    for (const error of errors) report.current?.(error)
    setState({ isPending: false, errors })
  }, [])
  return {
    ...state,
    run:
      (task) =>
      async (...args) => {
        if (busy.current) return
        busy.current = true
        setState({ isPending: true, errors: [] })
        try {
          await task(...args)
          setState({ isPending: false, errors: [] })
        } catch (error) {
          const errors = normalizeError(error)
          if (onAttemptExpired && errors[0]?.code === 'attempt_expired') {
            setState({ isPending: false, errors: [] })
            onAttemptExpired(errors)
          } else fail(errors)
        } finally {
          busy.current = false
        }
      },
    fail,
  }
}
