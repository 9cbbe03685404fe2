import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createSandbox, presets } from '../index'
import { setupSandboxServer } from '../node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => {
  server.resetHandlers()
  vi.restoreAllMocks()
})
afterAll(() => server.close())

const fapi = (path: string, init?: RequestInit) => fetch(`https://clerk.flowkit.localhost/v1${path}`, init)

// Transport rules, tested at the HTTP level: what clerk-js cannot easily be made to send.
describe('the Frontend API transport', () => {
  it('answers a route it does not simulate with a loud 404, never a hang', async () => {
    const sandbox = server.use(createSandbox(presets.emailCode))
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})

    const response = await fapi('/client/passkeys?_clerk_js_version=6.40.0', { method: 'POST' })

    expect(response.status).toBe(404)
    const body = await response.json()
    expect(body.errors[0]).toMatchObject({ code: 'sandbox_unknown_route' })
    expect(body.errors[0].long_message).toContain('does not simulate POST /v1/client/passkeys')
    expect(consoleError).toHaveBeenCalledWith(expect.stringContaining('no route for POST /v1/client/passkeys'))
    expect(sandbox.requests.all.at(-1)).toMatchObject({ method: 'POST', path: '/client/passkeys', status: 404 })
  })

  it('refuses a body that is not form-encoded', async () => {
    server.use(createSandbox(presets.emailCode))
    const response = await fapi('/client/sign_ins', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: 'ada@example.com' }),
    })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0]).toMatchObject({ code: 'malformed_request' })
  })

  it('refuses a boolean field that is neither true nor false, naming it', async () => {
    server.use(createSandbox(presets.emailCode))
    const response = await fapi('/client/sign_ins', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'identifier=ada%40example.com&sign_up_if_missing=maybe',
    })
    expect(response.status).toBe(422)
    const body = await response.json()
    expect(body.errors[0]).toMatchObject({
      code: 'form_param_format_invalid',
      meta: { param_name: 'sign_up_if_missing' },
    })
    expect(body.meta.client).toMatchObject({ object: 'client' })
  })

  it('records the method override and the path without /v1 or the query', async () => {
    const sandbox = server.use(createSandbox(presets.emailCode))
    await fapi('/environment?_method=PATCH&__clerk_api_version=2025-11-10&_clerk_js_version=6.40.0', {
      method: 'POST',
    })
    expect(sandbox.requests.all).toEqual([
      { method: 'PATCH', path: '/environment', body: {}, query: {}, status: 200, phase: 'load' },
    ])
  })
})
