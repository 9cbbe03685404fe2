import { Clerk } from '@clerk/clerk-js'

type LoadOptions = Parameters<Clerk['load']>[0]

/**
 * How a sandbox's Clerk loads unless told otherwise:
 * - `standardBrowser: false`: no session-cookie poller, no focus/visibility listeners, no
 *   cross-tab lock. Those run on timers for the life of the page; in a test they outlive the test
 *   (firing into the next one, or into a torn-down jsdom). Without them `setActive` always sends its
 *   touch, instead of only when `document.hasFocus()`, so request counts are the same everywhere.
 * - `telemetry: false`: nothing leaves the machine.
 * - no "loaded with development keys" warning on every test (the sandbox's key is a `pk_test_` one).
 */
export const SANDBOX_LOAD_OPTIONS = {
  standardBrowser: false,
  telemetry: false,
  unsafe_disableDevelopmentModeConsoleWarning: true,
} as const

/**
 * clerk-js keeps the state behind `useSignIn()`/`useSignUp()` (resource, errors, fetch status) in
 * module-level signals shared by every instance in the page, and keeps the previous sign-in when a
 * new Clerk loads an empty client while the old one cannot be discarded (`shouldIgnoreNullUpdate`).
 * A second test in the same file would then start with the first test's sign-in and errors. A real
 * page load starts from empty signals; this puts them back there.
 */
function resetSharedSignals(clerk: Clerk): void {
  const state = clerk.__internal_state
  state.signInResourceSignal({ resource: null })
  state.signInErrorSignal({ error: null })
  state.signInFetchSignal({ status: 'idle' })
  state.signUpResourceSignal({ resource: null })
  state.signUpErrorSignal({ error: null })
  state.signUpFetchSignal({ status: 'idle' })
  state.waitlistErrorSignal({ error: null })
  state.waitlistFetchSignal({ status: 'idle' })
}

const definedOnly = (options: LoadOptions) =>
  Object.fromEntries(Object.entries(options ?? {}).filter(([, value]) => value !== undefined))

/**
 * A clerk-js instance for a publishable key, not loaded yet. Its `load` starts as a fresh page load
 * would: the shared signals emptied first, the sandbox's load options as defaults, and one load
 * however often it is called (React StrictMode mounts providers twice).
 *
 * Note: the most recently constructed Clerk is the one clerk-js's resources report back to (a
 * module-level `BaseResource.clerk`), so a page holds one sandbox Clerk at a time.
 */
export function createIsolatedClerk(publishableKey: string): Clerk {
  const clerk = new Clerk(publishableKey)
  const load = clerk.load.bind(clerk)
  let loading: Promise<void> | undefined
  clerk.load = (options) => {
    loading ??= (() => {
      resetSharedSignals(clerk)
      return load({ ...SANDBOX_LOAD_OPTIONS, ...definedOnly(options) })
    })()
    return loading
  }
  return clerk
}

const providerClerks = new WeakMap<object, Clerk>()

/**
 * The Clerk a SandboxProvider renders for a sandbox: one per sandbox, however often React runs the
 * render (StrictMode runs it twice, and a second construction would take over `BaseResource.clerk`).
 */
export function providerClerkFor(sandbox: { publishableKey: string }): Clerk {
  let clerk = providerClerks.get(sandbox)
  if (!clerk) {
    clerk = createIsolatedClerk(sandbox.publishableKey)
    providerClerks.set(sandbox, clerk)
  }
  return clerk
}
