import { type SetupWorker, setupWorker } from 'msw/browser'
import { preloadClerkJsInDom } from './clerk/clerk-js'
import type { HasHandlers } from './has-handlers'

export type { HasHandlers }

/** An MSW service worker for sandboxes, with `use(sandbox)` to route the Frontend API to one. */
export interface SandboxWorker {
  /** The underlying MSW worker (for `worker.msw.use(...)` of your own handlers). */
  readonly msw: SetupWorker
  /**
   * Registers `/mockServiceWorker.js` and starts intercepting; resolves once the page is controlled
   * and clerk-js has loaded (so a `SandboxProvider` rendered afterwards has its Clerk at once).
   */
  start(options?: { serviceWorkerUrl?: string }): Promise<void>
  /** Routes the Frontend API to this sandbox (ahead of any earlier one) and returns it. */
  use<S extends HasHandlers>(sandbox: S): S
  /** Back to the handlers given to `setupSandboxWorker` (e.g. between stories). */
  resetHandlers(): void
  stop(): void
}

/**
 * Requests that should have reached a sandbox: a Frontend API on a `.localhost` host, Clerk's CDN
 * or telemetry. The rest (the app's own modules and assets) pass through untouched.
 */
function isClerkTraffic(url: URL): boolean {
  return (
    (url.hostname.endsWith('.localhost') && url.pathname.startsWith('/v1/')) ||
    url.hostname === 'clerk-telemetry.com' ||
    /(^|\.)clerk\.(com|dev|accounts\.dev)$/.test(url.hostname)
  )
}

/**
 * Sets up MSW's service worker in the browser (Storybook, Vitest browser mode) for sandboxes. The
 * page must serve MSW's `mockServiceWorker.js` (`npx msw init public`).
 *
 * @example
 * const worker = setupSandboxWorker()
 * await worker.start()
 * const sandbox = worker.use(createSandbox(presets.emailCode))
 */
export function setupSandboxWorker(...sandboxes: HasHandlers[]): SandboxWorker {
  const msw = setupWorker(...sandboxes.flatMap((sandbox) => sandbox.handlers))
  let started: Promise<void> | undefined
  return {
    msw,
    start: ({ serviceWorkerUrl = '/mockServiceWorker.js' } = {}) => {
      started ??= msw
        .start({
          quiet: true,
          serviceWorker: { url: serviceWorkerUrl },
          // Loud for Clerk traffic nothing answered (a missing sandbox), silent for everything else.
          onUnhandledRequest: (request, print) => {
            if (isClerkTraffic(new URL(request.url))) print.error()
          },
        })
        .then(() => preloadClerkJsInDom())
      return started
    },
    use: (sandbox) => {
      msw.use(...sandbox.handlers)
      return sandbox
    },
    resetHandlers: () => msw.resetHandlers(),
    stop: () => {
      msw.stop()
      started = undefined
    },
  }
}
