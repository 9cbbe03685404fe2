import type * as ClerkJs from '@clerk/clerk-js'

/** The `@clerk/clerk-js` module. */
export type ClerkJsModule = typeof ClerkJs

interface Loading {
  promise: Promise<ClerkJsModule>
  module?: ClerkJsModule
}

// clerk-js opens a BroadcastChannel when its module is evaluated, which keeps a Node process alive:
// a script that only imports the sandbox (a seed script, a Playwright global setup) would never exit.
// So nothing imports it until a Clerk is wanted. The load is kept on a global, not in this module:
// the package's entries are separate bundles, and `@flowkit/sandbox/node` may load it for the main one.
const KEY = Symbol.for('@flowkit/sandbox/clerk-js')
const registry = globalThis as typeof globalThis & { [KEY]?: Loading }

/** Loads clerk-js (once per page or process); resolves with its module. */
export function loadClerkJs(): Promise<ClerkJsModule> {
  let loading = registry[KEY]
  if (!loading) {
    const promise = import('@clerk/clerk-js')
    loading = { promise }
    registry[KEY] = loading
    const current = loading
    void promise.then((module) => {
      current.module = module
    })
  }
  return loading.promise
}

/** The clerk-js module if it has loaded, for code that must create a Clerk synchronously. */
export function loadedClerkJs(): ClerkJsModule | undefined {
  return registry[KEY]?.module
}

/**
 * In a DOM (jsdom, a browser), where a Clerk will be created, loads clerk-js ahead of time so a
 * `SandboxProvider` rendered afterwards has its Clerk at once. In plain Node it loads nothing.
 */
export function preloadClerkJsInDom(): Promise<void> {
  if (typeof window === 'undefined' || typeof document === 'undefined') return Promise.resolve()
  return loadClerkJs().then(() => undefined)
}
