import type { Clerk } from '@clerk/clerk-js'
import { getClerkQueryClient } from '@clerk/shared/react'
import type { ClerkJsModule } from './clerk-js'

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

/**
 * Clerk's React hooks (`useOrganizationList`, `useOrganization`…) cache what they fetch in one
 * module-level query client, keyed by ids such as the user's. Every sandbox starts at `user_1`, so a
 * second test would be shown the first test's organizations, without a request. A page load starts
 * with an empty cache; so does a sandbox Clerk.
 */
function clearQueryCache(): void {
  getClerkQueryClient()?.clear()
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
  const environment: unknown = Reflect.get(clerk, 'environment')
  let owner: unknown = typeof environment === 'object' && environment !== null ? environment.constructor : undefined
  while (typeof owner === 'function' && !Object.hasOwn(owner, 'clerk')) owner = Object.getPrototypeOf(owner)
  if (typeof owner === 'function') Reflect.set(owner, 'clerk', clerk)
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
 * would: the shared signals and query cache emptied, the client updates routed to it, the sandbox's
 * load options as defaults, and one load however often it is called (StrictMode mounts providers twice).
 */
export function createIsolatedClerk(
  clerkJs: ClerkJsModule,
  publishableKey: string,
  options: IsolatedClerkOptions = {},
): Clerk {
  const clerk = new clerkJs.Clerk(publishableKey)
  const load = clerk.load.bind(clerk)
  let loading: Promise<void> | undefined
  clerk.load = (loadOptions) => {
    loading ??= (() => {
      receiveClientUpdates(clerk)
      resetSharedSignals(clerk)
      clearQueryCache()
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
