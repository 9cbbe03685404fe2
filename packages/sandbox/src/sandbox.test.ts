import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadClerk, signInOf } from '../test/headless'
import { createSandbox, presets } from './index'
import { setupSandboxServer } from './node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

describe('sandbox.reset()', () => {
  it('goes back to the initial config: users, sessions, outbox, log, faults and clock', async () => {
    const sandbox = server.use(createSandbox({ ...presets.emailCode, users: [{ emailAddress: 'ada@example.com' }] }))
    const clerk = await loadClerk(sandbox)
    await signInOf(clerk).emailCode.sendCode({ emailAddress: 'ada@example.com' })
    const firstCode = sandbox.outbox.latestCode('ada@example.com')
    sandbox.faults.networkError('*', { times: Infinity })
    sandbox.clock.advance(60_000)

    sandbox.reset()

    expect(sandbox.outbox.messages).toEqual([])
    expect(sandbox.requests.all).toEqual([])
    expect(sandbox.faults.pending).toEqual([])
    expect(Math.abs(sandbox.clock.now() - Date.now())).toBeLessThan(1_000)
    const fresh = await loadClerk(sandbox)
    expect(fresh.session).toBeNull()
    await signInOf(fresh).emailCode.sendCode({ emailAddress: 'ada@example.com' })
    expect(signInOf(fresh).id).toBe('sia_1')
    // Same seed, same world: the same first code again.
    expect(sandbox.outbox.latestCode('ada@example.com')).toBe(firstCode)
  })

  it('sends the same codes for the same seed, and other codes for another seed', async () => {
    const firstCodeWith = async (seed: number) => {
      const sandbox = server.use(
        createSandbox({ ...presets.emailCode, users: [{ emailAddress: 'ada@example.com' }], seed }),
      )
      const clerk = await loadClerk(sandbox)
      await signInOf(clerk).emailCode.sendCode({ emailAddress: 'ada@example.com' })
      await signInOf(clerk).emailCode.sendCode()
      return sandbox.outbox.messages.map((message) => message.code)
    }
    const [first, again, other] = [await firstCodeWith(1), await firstCodeWith(1), await firstCodeWith(2)]
    expect(first).toEqual(again)
    expect(first[0]).not.toBe(first[1])
    expect(other).not.toEqual(first)
  })
})
