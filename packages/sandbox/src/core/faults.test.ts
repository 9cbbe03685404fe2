import { isClerkAPIResponseError } from '@clerk/react/errors'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadClerk, signInOf } from '../../test/headless'
import { createSandbox, presets } from '../index'
import { setupSandboxServer } from '../node'
import { Faults } from './faults'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => {
  server.resetHandlers()
  vi.useRealTimers()
})
afterAll(() => server.close())

const users = [{ emailAddress: 'ada@example.com', password: 'correct-horse-battery', knownClient: true }]
const credentials = { emailAddress: 'ada@example.com', password: 'correct-horse-battery' }

async function ready() {
  const sandbox = server.use(createSandbox({ ...presets.emailPassword, users }))
  const clerk = await loadClerk(sandbox)
  sandbox.requests.clear()
  return { sandbox, clerk }
}

describe('faults, through clerk-js', () => {
  it('answers one request with a 500, then the real thing', async () => {
    const { sandbox, clerk } = await ready()
    sandbox.faults.serverError('POST /client/sign_ins')

    const first = await signInOf(clerk).password(credentials)
    expect(isClerkAPIResponseError(first.error) && first.error.status).toBe(500)
    expect(isClerkAPIResponseError(first.error) && first.error.errors[0]?.code).toBe('internal_clerk_error')

    const second = await signInOf(clerk).password(credentials)
    expect(second.error).toBeNull()
    expect(signInOf(clerk).status).toBe('complete')
    expect(sandbox.requests.all.map((request) => request.status)).toEqual([500, 200])
  })

  it('answers N requests with a 503', async () => {
    const { sandbox, clerk } = await ready()
    sandbox.faults.serverError('/client/sign_ins', { status: 503, times: 2 })
    for (const expected of [503, 503]) {
      const { error } = await signInOf(clerk).password(credentials)
      expect(isClerkAPIResponseError(error) && error.status).toBe(expected)
    }
    expect((await signInOf(clerk).password(credentials)).error).toBeNull()
    expect(sandbox.faults.pending).toEqual([])
  })

  it('rate-limits with a retry-after clerk-js reads', async () => {
    const { sandbox, clerk } = await ready()
    sandbox.faults.rateLimit('POST /client/sign_ins', { retryAfterSeconds: 7 })
    const { error } = await signInOf(clerk).password(credentials)
    expect(isClerkAPIResponseError(error) && error.status).toBe(429)
    expect(isClerkAPIResponseError(error) && error.retryAfter).toBe(7)
    expect(isClerkAPIResponseError(error) && error.errors[0]?.code).toBe('too_many_requests')
  })

  it('drops the connection for a network error', async () => {
    const { sandbox, clerk } = await ready()
    sandbox.faults.networkError('POST /client/sign_ins')
    const { error } = await signInOf(clerk).password(credentials)
    expect(error).not.toBeNull()
    expect(isClerkAPIResponseError(error)).toBe(false)
    expect(sandbox.requests.all[0]).toMatchObject({ path: '/client/sign_ins', status: 0 })
    expect((await signInOf(clerk).password(credentials)).error).toBeNull()
  })

  it('delays an answer on fake timers, without real waiting', async () => {
    const { sandbox, clerk } = await ready()
    vi.useFakeTimers()
    sandbox.faults.latency('POST /client/sign_ins', 30_000)
    let settled = false
    const attempt = signInOf(clerk)
      .password(credentials)
      .then((result) => {
        settled = true
        return result
      })

    await vi.advanceTimersByTimeAsync(29_000)
    expect(settled).toBe(false)
    expect(signInOf(clerk).status).toBe('needs_identifier')

    await vi.advanceTimersByTimeAsync(1_000)
    expect((await attempt).error).toBeNull()
    expect(signInOf(clerk).status).toBe('complete')
  })
})

describe('fault routes', () => {
  const take = (faults: Faults, method: string, path: string) => faults.take(method, path).failure?.kind ?? null

  it('match by method and path, with :params and a trailing wildcard', () => {
    const faults = new Faults()
      .networkError('POST /client/sign_ins/:id/attempt_first_factor')
      .serverError('/client/sign_ups/*', { times: Infinity })
    expect(take(faults, 'POST', '/client/sign_ins')).toBeNull()
    expect(take(faults, 'GET', '/client/sign_ins/sia_1/attempt_first_factor')).toBeNull()
    expect(take(faults, 'POST', '/client/sign_ins/sia_1/attempt_first_factor')).toBe('network')
    expect(take(faults, 'POST', '/client/sign_ins/sia_1/attempt_first_factor')).toBeNull()
    expect(take(faults, 'PATCH', '/client/sign_ups/sua_1')).toBe('status')
    expect(take(faults, 'POST', '/client/sign_ups/sua_1/prepare_verification')).toBe('status')
    expect(faults.pending).toEqual(['status 500 on /client/sign_ups/* (Infinity left)'])
  })

  it('match every request with *, a RegExp, or a predicate', () => {
    expect(take(new Faults().networkError('*'), 'GET', '/client')).toBe('network')
    expect(take(new Faults().networkError(/touch$/), 'POST', '/client/sessions/sess_1/touch')).toBe('network')
    const predicate = new Faults().networkError(({ method }) => method === 'DELETE')
    expect(take(predicate, 'GET', '/client')).toBeNull()
    expect(take(predicate, 'DELETE', '/client/sessions')).toBe('network')
  })

  it('refuses a count below one', () => {
    expect(() => new Faults().networkError('*', { times: 0 })).toThrow(/times must be ≥ 1/)
  })
})
