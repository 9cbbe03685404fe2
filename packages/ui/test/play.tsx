// Test-only: plays a journey as a user would, optionally with one fault injected at one request,
// and records what the user met on the way — each error's text and where it showed, whether what
// they typed survived, whether they could try again and where that led, whether a slow answer
// showed as busy. It asserts nothing itself: the tests state what each case must show.
import type { Sandbox } from '@flowkit/sandbox'
import { renderWithSandbox, type SandboxServer } from '@flowkit/test-support'
import { screen, waitFor } from '@testing-library/react'
import { StrictMode } from 'react'
import { expect, vi } from 'vitest'
import type { Journey, JourneyStep } from './journeys'

export const FAULT_KINDS = ['500', '503', '429 retry-after', 'network error', 'slow'] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

/** Long enough never to pass in real time: only the fake clock gets a slow answer through. */
export const LATENCY_MS = 60_000
export const RETRY_AFTER_SECONDS = 7
/** How long a screen may take to change on a busy machine: a bound on waiting, never a measurement. */
const PATIENCE_MS = 10_000

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

/** An error as the user meets it: its text, and where — `alert`, or the label of the field it describes. */
export interface ShownError {
  where: string
  text: string
}

/** A step the fault failed: what it showed, and how the user got past it. */
export interface Failure {
  /** The step's heading. */
  step: string
  shown: ShownError[]
  /** What the user had typed (or ticked) was still there. */
  inputKept: boolean
  /** The control to try again with could be used: neither disabled nor `aria-disabled`. */
  controlUsable: boolean
  /**
   * What trying again led to: the next step. A background request (a list loaded on mount) is not
   * the user's to repeat: its error stays, and the user carries on from it.
   */
  afterRetry: 'next' | 'error' | 'not retried'
}

/** A step whose request was slow: what the screen showed while it waited. */
export interface SlowStep {
  step: string
  /** Something on it said it was working (`aria-busy`). */
  busy: boolean
  /** It had moved on before the answer came. */
  movedOn: boolean
}

export interface Played {
  sandbox: Sandbox
  /** Every request, load included. */
  requests: string[]
  /** The requests made after Clerk loaded. */
  flowRequests: string[]
  /** For each step, how many requests had been made (load included) once it was done. */
  stepEnds: number[]
  /** Every step the fault failed, in order. */
  failures: Failure[]
  /** The step that waited for a slow answer, if the fault was one. */
  slow: SlowStep | null
  /** The faulted request was repeated by clerk-js itself and answered: nothing for the user to see. */
  recoveredByClient: boolean
  /** The journey reached its redirect. */
  finished: boolean
}

/** Alerts, and field errors tied to their control by `aria-describedby`: what the user can read, and where. */
export function shownErrors(): ShownError[] {
  const alerts = screen.queryAllByRole('alert').map((alert) => ({ where: 'alert', text: alert.textContent ?? '' }))
  const fieldErrors = Array.from(document.querySelectorAll('[data-flowkit-part="field-error"]')).flatMap((error) => {
    const control = error.id && document.querySelector<HTMLInputElement>(`[aria-describedby~="${error.id}"]`)
    return control ? [{ where: control.labels?.[0]?.textContent ?? control.name, text: error.textContent ?? '' }] : []
  })
  return [...alerts, ...fieldErrors].filter(({ text }) => text.trim() !== '')
}

const busy = () => document.querySelector('[aria-busy="true"]') !== null

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

const entered = (input: HTMLInputElement) => (input.type === 'checkbox' ? input.checked : input.value)
const usable = (control: HTMLElement) =>
  control.getAttribute('aria-disabled') !== 'true' && !(control as HTMLButtonElement).disabled

/** Plays `journey` to its redirect (or to where it cannot go on) and returns what happened on the way. */
export async function play(
  server: SandboxServer,
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
  const failures: Failure[] = []
  let slow: SlowStep | null = null
  // Whether the fault had fired by the end of the previous step (requests on mount count as step 0's).
  let firedEarlier = false
  const played = (finished: boolean): Played => ({
    sandbox,
    requests: sandbox.requests.summary(),
    flowRequests: sandbox.requests.summary({ afterLoad: true }),
    stepEnds,
    failures,
    slow,
    recoveredByClient: fired() && failures.length === 0 && recovered(),
    finished,
  })

  for (const [index, step] of journey.steps.entries()) {
    const following = journey.steps[index + 1]
    const done = following ? () => present(following) : () => visited.length > 0
    await waitFor(() => expect(present(step), `the "${step.heading}" step`).toBe(true), { timeout: PATIENCE_MS })
    const input = await step.act(context)
    const typed = input && entered(input)

    if (fault?.kind === 'slow' && fault.step === index) {
      await vi.waitFor(() => expect(fired(), `the slow ${fault.request}`).toBe(true), { timeout: PATIENCE_MS })
      slow = { step: step.heading, busy: busy(), movedOn: done() }
      await vi.advanceTimersByTimeAsync(LATENCY_MS)
    }

    // A fault that fired during this step must show, unless clerk-js itself tried again and got
    // through (it repeats a GET after a network error). Waiting for it also outlasts screens that
    // stay usable meanwhile.
    const failed = () => !firedEarlier && fired() && fault?.kind !== 'slow' && !recovered()
    const outcome = await settle(sandbox, step, done, failed)
    if (outcome === 'error') {
      const control = step.control()
      const failure: Failure = {
        step: step.heading,
        shown: shownErrors(),
        inputKept: !input || entered(input) === typed,
        controlUsable: usable(control),
        afterRetry: 'not retried',
      }
      failures.push(failure)
      // Trying again: a background request is not the user's to repeat, they just carry on.
      if (step.background) failure.afterRetry = 'error'
      else if (failure.controlUsable) {
        await user.click(control)
        failure.afterRetry = await settle(sandbox, step, done, () => false)
      }
      if (failure.afterRetry === 'not retried' || (failure.afterRetry === 'error' && !step.background)) {
        return played(false)
      }
    }
    stepEnds.push(sandbox.requests.length)
    firedEarlier = fired()
  }
  const finished = await waitFor(() => expect(visited).toEqual(['/done']), { timeout: PATIENCE_MS }).then(
    () => true,
    () => false,
  )
  return played(finished)
}

/** Waits until the step has moved on, or shows an error. */
function settle(sandbox: Sandbox, step: JourneyStep, done: () => boolean, failed: () => boolean) {
  return waitFor(
    () => {
      if (step.background && !step.background.settled(sandbox)) throw new Error('background requests pending')
      if (shownErrors().length) return 'error' as const
      if (done() && !failed()) return 'next' as const
      throw new Error(`still on "${step.heading}"`)
    },
    { timeout: PATIENCE_MS },
  )
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
