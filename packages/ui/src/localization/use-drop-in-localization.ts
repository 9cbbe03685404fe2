import { useClerkLocalization } from '@flowkit/flows'
import { useEffect, useMemo, useState } from 'react'
import type { Localization } from './types'

type Mapping = typeof import('./from-clerk')

// Loaded once per page, on first need: an app that gives ClerkProvider no localization never
// downloads the mapping table (bundlers split this dynamic import into its own chunk).
let mapping: Mapping | undefined
let loading: Promise<Mapping | undefined> | undefined
const loadMapping = () =>
  (loading ??= import('./from-clerk').then(
    (loaded) => (mapping = loaded),
    // A chunk that fails to load leaves Flowkit's English, never a drop-in stuck on its fallback.
    () => undefined,
  ))

/** `base` under `over`, per key, error messages too. */
export const overlay = (base: Localization, over: Localization | undefined): Localization => ({
  ...base,
  ...over,
  errors: { ...base.errors, ...over?.errors },
})

/**
 * A drop-in's strings: the `localization` given to `ClerkProvider` (a `@clerk/localizations`
 * resource), mapped onto Flowkit's keys, under the drop-in's own `localization` prop, which wins
 * per key. `ready` is false while the mapping loads: the drop-in shows its fallback meanwhile, so
 * no English flashes before the translation.
 */
export function useDropInLocalization(own: Localization | undefined): { localization?: Localization; ready: boolean } {
  const { localization: resource, applicationName } = useClerkLocalization()
  const [loaded, setLoaded] = useState<Mapping | false | undefined>(mapping)
  useEffect(() => {
    if (!resource || loaded !== undefined) return
    let live = true
    void loadMapping().then((result) => live && setLoaded(result ?? false))
    return () => {
      live = false
    }
  }, [resource, loaded])
  const mapped = useMemo(
    () => (resource && loaded ? loaded.fromClerk(resource, { applicationName }) : undefined),
    [resource, loaded, applicationName],
  )
  if (!resource || loaded === false) return { localization: own, ready: true }
  return mapped ? { localization: overlay(mapped, own), ready: true } : { ready: false }
}
