import { sandboxServerForFile } from '@flowkit/test-support'
import { cleanup } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { journeys } from '../../test/journeys'
import { play } from '../../test/play'

const server = sandboxServerForFile()

afterEach(() => window.history.replaceState(null, '', '/'))

describe('React StrictMode (every effect runs twice)', () => {
  it.each(journeys.map((journey) => [journey.name, journey] as const))(
    '%s: finishes with exactly the requests it makes without StrictMode',
    async (_, journey) => {
      const plain = await play(server, journey)
      cleanup()
      const strict = await play(server, journey, { strict: true })
      expect(strict.failures).toEqual([])
      expect(strict.finished).toBe(true)
      expect(strict.flowRequests).toEqual(plain.flowRequests)
    },
  )
})
