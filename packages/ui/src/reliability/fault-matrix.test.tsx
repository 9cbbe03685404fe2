// The fault matrix (issue 8): every request of every journey, broken in each way of FAULT_KINDS.
// Each journey is first played clean, before the tests are collected: its request log is the list
// of requests the matrix then breaks one at a time. `play` checks each step as the user meets it
// (pending while slow, the typed value kept, the control usable, a retry moving on); the cases
// below check what the user saw overall.
import { setupSandboxServer } from '@flowkit/sandbox/node'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { sandboxServerForFile } from '../test/sandbox'
import { journeys } from './journeys'
import { faultCases, type Played, play } from './play'

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
    expect(baseline.errorsShown).toEqual([])
    expect(baseline.flowRequests.length).toBeGreaterThan(0)
  })

  it.for(faultCases(journey.name, baseline))('$label: $fault.kind', async ({ fault }) => {
    const played = await play(server, journey, { fault })
    if (fault.kind === 'slow') expect(played.errorsShown, 'a slow answer is no error').toEqual([])
    else expect(played.errorsShown.length > 0 || played.recoveredByClient, 'an error shown, or none needed').toBe(true)
    passed++
  })
})
