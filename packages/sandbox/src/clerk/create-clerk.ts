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
 * clerk-js's resources send every client they receive to one Clerk: a static `BaseResource.clerk`
 * that each `new Clerk()` overwrites. React StrictMode builds a provider's Clerk twice and keeps the
 * first, so the one that loads takes that pointer back. (Found through the environment resource,
 * a `BaseResource`, since clerk-js does not export the class.)
 */
function receiveClientUpdates(clerk: Clerk): void {
  let owner: unknown = (clerk as unknown as { environment?: object }).environment?.constructor
  while (typeof owner === 'function' && !Object.hasOwn(owner, 'clerk')) owner = Object.getPrototypeOf(owner)
  if (typeof owner === 'function') (owner as { clerk?: Clerk }).clerk = clerk
  else console.warn('[@flowkit/sandbox] could not find clerk-js BaseResource; keep one Clerk per page')
}

export interface IsolatedClerkOptions {
  /**
   * Called with every URL clerk-js would send the window to (e.g. an OAuth provider). Return true
   * to take it over: jsdom and a test's iframe cannot leave the page.
   */
  interceptNavigation?: (url: string) => boolean
}

/**
 * A clerk-js instance for a publishable key, not loaded yet. Its `load` starts as a fresh page load
 * would: the shared signals emptied, the client updates routed to it, the sandbox's load options as
 * defaults, and one load however often it is called (StrictMode mounts providers twice).
 */
export function createIsolatedClerk(publishableKey: string, options: IsolatedClerkOptions = {}): Clerk {
  const clerk = new Clerk(publishableKey)
  const load = clerk.load.bind(clerk)
  let loading: Promise<void> | undefined
  clerk.load = (loadOptions) => {
    loading ??= (() => {
      receiveClientUpdates(clerk)
      resetSharedSignals(clerk)
      return load({ ...SANDBOX_LOAD_OPTIONS, ...definedOnly(loadOptions) })
    })()
    return loading
  }
  const { interceptNavigation } = options
  if (interceptNavigation) {
    const windowNavigate = clerk.__internal_windowNavigate.bind(clerk)
    clerk.__internal_windowNavigate = (to, navigateOptions) => {
      if (!interceptNavigation(String(to))) windowNavigate(to, navigateOptions)
    }
  }
  return clerk
}
