import { type SetupServer, setupServer } from 'msw/node'
import { preloadClerkJsInDom } from './clerk/clerk-js'
import type { HasHandlers } from './has-handlers'

export type { HasHandlers }

/** An MSW node server for sandboxes, with `use(sandbox)` to route the Frontend API to one. */
export interface SandboxServer {
  /** The underlying MSW server (for `server.msw.use(...)` of your own handlers). */
  readonly msw: SetupServer
  /**
   * Starts intercepting; a request no handler answers fails loudly (`onUnhandledRequest: 'error'`).
   * In a DOM (jsdom) it also loads clerk-js, resolving once it has, so a `SandboxProvider` rendered
   * after `beforeAll(() => server.listen())` has its Clerk at once. In plain Node it loads nothing.
   */
  listen(): Promise<void>
  /** Routes the Frontend API to this sandbox (ahead of any earlier one) and returns it. */
  use<S extends HasHandlers>(sandbox: S): S
  /** Back to the handlers given to `setupSandboxServer` (call it after each test). */
  resetHandlers(): void
  close(): void
}

/**
 * Sets up MSW in Node (Vitest + jsdom) for sandboxes: one server per test file, a fresh sandbox per test.
 *
 * @example
 * const server = setupSandboxServer()
 * beforeAll(() => server.listen())
 * afterEach(() => server.resetHandlers())
 * afterAll(() => server.close())
 *
 * it('signs in', async () => {
 *   const sandbox = server.use(createSandbox({ ...presets.emailCode, users: [{ emailAddress: 'ada@example.com' }] }))
 *   render(<SandboxProvider sandbox={sandbox}><App /></SandboxProvider>)
 * })
 */
export function setupSandboxServer(...sandboxes: HasHandlers[]): SandboxServer {
  const msw = setupServer(...sandboxes.flatMap((sandbox) => sandbox.handlers))
  return {
    msw,
    listen: () => {
      msw.listen({ onUnhandledRequest: 'error' })
      return preloadClerkJsInDom()
    },
    use: (sandbox) => {
      // Prepended: the newest sandbox answers its host first.
      msw.use(...sandbox.handlers)
      return sandbox
    },
    resetHandlers: () => msw.resetHandlers(),
    close: () => msw.close(),
  }
}
