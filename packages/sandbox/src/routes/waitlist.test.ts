// The waitlist, as clerk.joinWaitlist() (what Clerk's <Waitlist/> calls) sends it: POST /waitlist,
// answered with a bare entry; the test reads who joined from sandbox.waitlist.entries.
import { isClerkAPIResponseError } from '@clerk/react/errors'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadClerk } from '../../test/headless'
import { createSandbox, presets } from '../index'
import { setupSandboxServer } from '../node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const waitlistMode = { instance: { ...presets.emailPassword.instance, signUp: { mode: 'waitlist' as const } } }

const apiError = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!isClerkAPIResponseError(error)) throw new Error(`expected a Clerk API error, got ${String(error)}`)
  return { status: error.status, ...error.errors[0] }
}

describe('the waitlist', () => {
  it('adds an address and answers its entry', async () => {
    const sandbox = server.use(createSandbox(waitlistMode))
    const clerk = await loadClerk(sandbox)
    const entry = await clerk.joinWaitlist({ emailAddress: 'grace@example.com' })

    expect(entry.id).toBe('wle_1')
    expect(entry.createdAt?.getTime()).toBe(sandbox.waitlist.entries[0]?.createdAt)
    expect(sandbox.waitlist.entries).toEqual([
      { id: 'wle_1', emailAddress: 'grace@example.com', status: 'pending', createdAt: expect.any(Number) },
    ])
    expect(sandbox.requests.afterLoad()).toMatchObject([
      { method: 'POST', path: '/waitlist', body: { email_address: 'grace@example.com' }, status: 200 },
    ])
  })

  it('answers the same entry for an address that already joined, without adding it twice', async () => {
    const sandbox = server.use(createSandbox(waitlistMode))
    const clerk = await loadClerk(sandbox)
    const first = await clerk.joinWaitlist({ emailAddress: 'grace@example.com' })
    const again = await clerk.joinWaitlist({ emailAddress: 'Grace@Example.com' })
    expect(again.id).toBe(first.id)
    expect(sandbox.waitlist.entries.map((entry) => entry.emailAddress)).toEqual(['grace@example.com'])
  })

  it('refuses an address that is not one, naming the field', async () => {
    const sandbox = server.use(createSandbox(waitlistMode))
    const clerk = await loadClerk(sandbox)
    expect(await apiError(clerk.joinWaitlist({ emailAddress: 'grace-at-example' }))).toMatchObject({
      status: 422,
      code: 'form_param_format_invalid',
      meta: { paramName: 'email_address' },
    })
    expect(await apiError(clerk.joinWaitlist({ emailAddress: '' }))).toMatchObject({ code: 'form_param_nil' })
    expect(sandbox.waitlist.entries).toEqual([])
  })
})
