// Test-only: plays a journey as a user would, optionally with one fault injected at one request,
// and checks what the user meets on the way: a readable error where they are, their input kept,
// the control usable again, and a retry that finishes the journey.
import type { Sandbox } from '@flowkit/sandbox'
import { screen, waitFor } from '@testing-library/react'
import { StrictMode } from 'react'
import { expect, vi } from 'vitest'
import { renderWithSandbox, type sandboxServerForFile } from '../test/sandbox'
import type { Journey, JourneyStep } from './journeys'

type Server = ReturnType<typeof sandboxServerForFile>

export const FAULT_KINDS = ['500', '503', '429 retry-after', 'network error', 'slow'] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

/** Long enough never to pass in real time: only the fake clock gets a slow answer through. */
export const LATENCY_MS = 60_000
export const RETRY_AFTER_SECONDS = 7

/** One fault: which request of the journey (by its line in the request summary), of which kind. */
export interface Fault {
  kind: FaultKind
  /** e.g. `POST /client/sign_ins/sia_1/attempt_first_factor`. */
  request: string
  /** Which occurrence of that line in the whole request log (load included), from 1. */
  occurrence: number
  /** The step during which the clean journey made it. */
  step: number
}

export interface PlayOptions {
  fault?: Fault
  strict?: boolean
}

export interface Played {
  sandbox: Sandbox
  /** Every request, load included. */
  requests: string[]
  /** The requests made after Clerk loaded. */
  flowRequests: string[]
  /** For each step, how many requests had been made (load included) once it was done. */
  stepEnds: number[]
  /** The error messages the user saw, in order. */
  errorsShown: string[]
  /** The faulted request was repeated by clerk-js itself and answered: nothing for the user to see. */
  recoveredByClient: boolean
}

/** Alerts, and field errors tied to their control by `aria-describedby`: what the user can read. */
export function shownErrors(): string[] {
  const alerts = screen.queryAllByRole('alert').map((alert) => alert.textContent ?? '')
  const fieldErrors = Array.from(document.querySelectorAll('[data-flowkit-part="field-error"]'))
    .filter((error) => error.id && document.querySelector(`[aria-describedby~="${error.id}"]`))
    .map((error) => error.textContent ?? '')
  return [...alerts, ...fieldErrors].filter((text) => text.trim() !== '')
}

const pendingShown = () => document.querySelector('[aria-busy="true"]') !== null

function present(step: JourneyStep) {
  if (!screen.queryByRole('heading', { name: step.heading })) return false
  try {
    return Boolean(step.control())
  } catch {
    return false
  }
}

/** Arms `fault` on the sandbox; the returned function says whether it has fired. */
function arm(sandbox: Sandbox, fault: Fault) {
  let seen = 0
  let fired = false
  const route = ({ method, path }: { method: string; path: string }) => {
    if (`${method} ${path}` !== fault.request || ++seen !== fault.occurrence) return false
    fired = true
    return true
  }
  const { faults } = sandbox
  if (fault.kind === '500') faults.serverError(route)
  else if (fault.kind === '503') faults.serverError(route, { status: 503 })
  else if (fault.kind === '429 retry-after') faults.rateLimit(route, { retryAfterSeconds: RETRY_AFTER_SECONDS })
  else if (fault.kind === 'network error') faults.networkError(route)
  else faults.latency(route, LATENCY_MS)
  return () => fired
}

/** Plays `journey` to the end (the redirect) and returns what happened on the way. */
export async function play(
  server: Server,
  journey: Journey,
  { fault, strict = false }: PlayOptions = {},
): Promise<Played> {
  // Fake timers hold a slow answer back until the test moves the clock; everything else keeps real
  // time (`shouldAdvanceTime`), so user-event and waitFor behave as usual.
  if (fault?.kind === 'slow') vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true })
  const { sandbox, user, visited } = renderWithSandbox(
    server,
    journey.config,
    (navigate) => (strict ? <StrictMode>{journey.render(navigate)}</StrictMode> : journey.render(navigate)),
    journey.setup,
  )
  const fired = fault ? arm(sandbox, fault) : () => false
  const recovered = () =>
    sandbox.requests.all.filter(({ method, path, status }) => `${method} ${path}` === fault?.request && status < 400)
      .length >= (fault?.occurrence ?? Infinity)
  const context = { sandbox, user }
  const stepEnds: number[] = []
  const errorsShown: string[] = []
  // Whether the fault had fired by the end of the previous step (requests on mount count as step 0's).
  let firedEarlier = false

  for (const [index, step] of journey.steps.entries()) {
    const following = journey.steps[index + 1]
    const done = following ? () => present(following) : () => visited.length > 0
    await waitFor(() => expect(present(step), `the "${step.heading}" step`).toBe(true))
    const slow = fault?.kind === 'slow' && fault.step === index
    const input = await step.act(context)
    const typed = input && (input.type === 'checkbox' ? input.checked : input.value)

    if (slow) {
      await vi.waitFor(() => expect(fired(), `the slow ${fault.request}`).toBe(true))
      // Held back: the screen says it is working (unless nothing on it asked for the request).
      if (!step.background) {
        expect(pendingShown(), 'aria-busy while the answer is slow').toBe(true)
        expect(done(), 'moved on before the slow answer').toBe(false)
      }
      await vi.advanceTimersByTimeAsync(LATENCY_MS)
    }

    // A fault that fired during this step must show, unless clerk-js itself tried again and got
    // through (it repeats a GET after a network error). Waiting for it also outlasts screens that
    // stay usable meanwhile.
    const failed = () => !firedEarlier && fired() && fault?.kind !== 'slow' && !recovered()
    let outcome = await settle(sandbox, step, done, failed)
    if (outcome === 'error') {
      const errors = shownErrors()
      errorsShown.push(...errors)
      if (fault?.kind === '429 retry-after') {
        expect(errors.join(' ')).toMatch(/Try again in \d+s/)
      }
      if (input) expect(input.type === 'checkbox' ? input.checked : input.value, 'what the user typed').toBe(typed)
      const control = step.control()
      expect(control, 'the control after a failure').not.toHaveAttribute('aria-disabled')
      expect(control).not.toBeDisabled()
      // Trying again: a background request is not the user's to repeat, they just carry on.
      if (!step.background) {
        await user.click(control)
        outcome = await settle(sandbox, step, done, () => false)
        if (outcome === 'error') errorsShown.push(...shownErrors())
      }
      expect(outcome, `after trying again on "${step.heading}": ${shownErrors().join(' | ')}`).toBe(
        step.background ? 'error' : 'next',
      )
    }
    stepEnds.push(sandbox.requests.length)
    firedEarlier = fired()
  }
  await waitFor(() => expect(visited).toEqual(['/done']))
  return {
    sandbox,
    requests: sandbox.requests.summary(),
    flowRequests: sandbox.requests.summary({ afterLoad: true }),
    stepEnds,
    errorsShown,
    recoveredByClient: fired() && errorsShown.length === 0 && recovered(),
  }
}

/** Waits until the step has moved on, or shows an error. */
function settle(sandbox: Sandbox, step: JourneyStep, done: () => boolean, failed: () => boolean) {
  return waitFor(() => {
    if (step.background && !step.background.settled(sandbox)) throw new Error('background requests pending')
    if (shownErrors().length) return 'error' as const
    if (done() && !failed()) return 'next' as const
    throw new Error(`still on "${step.heading}"`)
  })
}

/** The fault cases of a journey, from a clean run: each request after load × each kind. */
export function faultCases(journey: string, clean: Played) {
  const loadCount = clean.requests.length - clean.flowRequests.length
  return clean.flowRequests.flatMap((request, index) => {
    const position = loadCount + index
    const occurrence = clean.requests.slice(0, position + 1).filter((line) => line === request).length
    const step = clean.stepEnds.findIndex((end) => position < end)
    return FAULT_KINDS.map((kind) => ({
      journey,
      label: `#${index + 1} ${request}`,
      fault: { kind, request, occurrence, step: step === -1 ? clean.stepEnds.length - 1 : step },
    }))
  })
}
