// Test-only: the fault matrix over a set of journeys (see issue 8). Each journey is first played
// clean, before the tests are collected: its request log is the list of requests the matrix then
// breaks one at a time, in each way of FAULT_KINDS.
import { setupSandboxServer } from '@flowkit/sandbox/node'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { sandboxServerForFile } from '../test/sandbox'
import type { Journey } from './journeys'
import { faultCases, type Played, play } from './play'

export async function describeFaultMatrix(title: string, journeys: Journey[]) {
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
  // biome-ignore lint/suspicious/noConsole: issue 8 asks the matrix to print its size.
  afterAll(() => console.info(`fault matrix (${title}): ${passed} cases passed`))

  describe.each(journeys)('$name', (journey) => {
    const baseline = clean.get(journey.name) as Played

    it('runs clean, without an error', () => {
      expect(baseline.errorsShown).toEqual([])
      expect(baseline.flowRequests.length).toBeGreaterThan(0)
    })

    it.for(faultCases(journey.name, baseline))('$label: $fault.kind', async ({ fault }) => {
      const played = await play(server, journey, { fault })
      if (fault.kind === 'slow') expect(played.errorsShown).toEqual([])
      else
        expect(played.errorsShown.length > 0 || played.recoveredByClient, 'an error shown, or none needed').toBe(true)
      passed++
    })
  })
}
