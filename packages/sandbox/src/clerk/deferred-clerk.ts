import type { Clerk } from '@clerk/clerk-js'

/**
 * A Clerk to give `ClerkProvider` before clerk-js (≈ 580 KB gzip) has been fetched, so the page
 * renders, and takes input, at once — as it does with a real key, where ClerkProvider fetches
 * clerk-js itself. Until it has loaded, ClerkProvider asks it only `loaded` and `load()` (it holds
 * every other call back until then); `load()` creates the real Clerk with `create` and loads it.
 * From then on every property is the real Clerk's, its methods bound to it (clerk-js keeps its
 * state in private fields, which a method called on this proxy could not reach).
 */
export function deferredClerk(create: () => Promise<Clerk>): Clerk {
  let real: Clerk | undefined
  let loading: Promise<void> | undefined
  // One bound function per method, so that `clerk.addListener === clerk.addListener` still holds.
  const bound = new Map<PropertyKey, unknown>()
  const load: Clerk['load'] = (options) => {
    loading ??= create().then((clerk) => {
      real = clerk
      return clerk.load(options)
    })
    return loading
  }
  return new Proxy({} as Clerk, {
    get(_, key) {
      if (key === 'load') return load
      // Before then it is an empty Clerk: not loaded, nothing else (as ClerkProvider's own getters say).
      if (!real) return key === 'loaded' ? false : undefined
      const value: unknown = Reflect.get(real, key)
      if (typeof value !== 'function') return value
      if (!bound.has(key)) bound.set(key, value.bind(real))
      return bound.get(key)
    },
    set(_, key, value) {
      if (!real) return false
      bound.delete(key)
      return Reflect.set(real, key, value)
    },
    has: (_, key) => (real ? key in real : key === 'load' || key === 'loaded'),
  })
}
