import { useCallback, useRef, useState } from 'react'
import { normalizeError } from '../errors/normalize-error'
import type { FlowError } from '../errors/types'

/** Clerk's Core 3 methods resolve `{ error }`; this throws it so one `catch` handles a whole verb. */
export function must(result?: { error: unknown }) {
  if (result?.error) throw result.error
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

/**
 * Pending state and errors for a controller whose verbs each make one or two Clerk calls.
 * `onAttemptExpired` takes the errors of an attempt Clerk no longer has, when something above
 * this controller (the journey) restarts for it.
 */
export function useRunner(onAttemptExpired?: (errors: FlowError[]) => void): Runner {
  // The ref guards synchronously: a second click lands before React re-renders with isPending.
  const busy = useRef(false)
  const [state, setState] = useState({ isPending: false, errors: [] as FlowError[] })
  const fail = useCallback((errors: FlowError[]) => setState({ isPending: false, errors }), [])
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
          const expired = onAttemptExpired && errors[0]?.code === 'attempt_expired'
          setState({ isPending: false, errors: expired ? [] : errors })
          if (expired) onAttemptExpired(errors)
        } finally {
          busy.current = false
        }
      },
    fail,
  }
}
