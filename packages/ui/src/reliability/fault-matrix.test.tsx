// The fault matrix (issue 8): every request of every journey, broken in each way of FAULT_KINDS.
// Each journey is first played clean, before the tests are collected: its request log is the list
// of requests the matrix then breaks one at a time. `play` records what the user met; each case
// below states what that must be — the message, where it shows, the input kept, the retry.
import { setupSandboxServer } from '@flowkit/sandbox/node'
import { sandboxServerForFile } from '@flowkit/test-support'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { journeys } from '../../test/journeys'
import { type FaultKind, faultCases, type Played, play, RETRY_AFTER_SECONDS, type ShownError } from '../../test/play'

/** What the user must see for each kind of failed request, and where: the step's alert. */
const SHOWN: Record<Exclude<FaultKind, 'slow'>, ShownError> = {
  '500': { where: 'alert', text: 'Server error. Try again.' },
  '503': { where: 'alert', text: 'Server error. Try again.' },
  // Counting down from retry-after: a second may pass before the screen is read.
  '429 retry-after': {
    where: 'alert',
    text: expect.stringMatching(new RegExp(`^Too many attempts\\. Try again in [1-${RETRY_AFTER_SECONDS}]s\\.$`)),
  },
  // clerk-js 6.40 rejects with a plain Error('ClerkJS: Network error at …'), which Flowkit reads as unknown today.
  'network error': { where: 'alert', text: 'You seem offline. Try again.' },
}

/**
 * Requests no one asked for: the lists the choose-organization task loads on mount. Nothing on
 * screen waits for them, their error stays while the user carries on, and clerk-js repeats a GET
 * after a network error by itself.
 */
const BACKGROUND = /^GET \/me\/organization_(invitations|suggestions)$/

const clean = new Map<string, Played>()
const baselineServer = setupSandboxServer()
baselineServer.listen()
for (const journey of journeys) {
  clean.set(journey.name, await play(baselineServer, journey))
  cleanup()
  baselineServer.resetHandlers()
}
baselineServer.close()

const server = sandboxServerForFile()
let passed = 0
afterEach(() => {
  vi.useRealTimers()
  window.history.replaceState(null, '', '/')
})
// Issue 8 asks the matrix to print its size.
afterAll(() => console.info(`fault matrix: ${passed} cases passed`))

describe.each(journeys)('$name', (journey) => {
  const baseline = clean.get(journey.name) as Played

  it('runs clean, without an error', () => {
    expect(baseline.failures).toEqual([])
    expect(baseline.finished).toBe(true)
    expect(baseline.flowRequests.length).toBeGreaterThan(0)
  })

  it.for(faultCases(journey.name, baseline))('$label: $fault.kind', async ({ fault }) => {
    const played = await play(server, journey, { fault })
    const step = journey.steps[fault.step]?.heading
    const background = BACKGROUND.test(fault.request)

    if (fault.kind === 'slow') {
      expect(played.slow, 'busy, and still there, until the slow answer comes').toEqual({
        step,
        busy: !background,
        movedOn: background,
      })
      expect(played.failures, 'a slow answer is no error').toEqual([])
    } else if (fault.kind === 'network error' && background) {
      expect(played.failures, 'clerk-js repeated the GET itself').toEqual([])
      expect(played.recoveredByClient).toBe(true)
    } else {
      expect(played.failures, 'the message, where it shows, the input kept, and the retry').toEqual([
        {
          step,
          shown: [SHOWN[fault.kind]],
          inputKept: true,
          controlUsable: true,
          afterRetry: background ? 'error' : 'next',
        },
      ])
    }
    expect(played.finished, 'the journey reached its redirect').toBe(true)
    passed++
  })
})
