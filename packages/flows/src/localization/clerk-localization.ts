import { useClerk } from '@clerk/react'
import type { __internal_LocalizationResource, LocalizationResource, RecordToPath } from '@clerk/react/types'
import { environmentOf } from '../internal/environment'

/** Clerk's localization resource: what `@clerk/localizations` exports (`frFR`, `deDE`…) and `ClerkProvider` takes. */
export type ClerkLocalization = LocalizationResource

/** A key of Clerk's localization resource, dotted as Clerk's own UI names them: `signIn.start.title`. */
export type ClerkLocalizationKey = RecordToPath<__internal_LocalizationResource>

export interface ClerkLocalizationInUse {
  /** The `localization` given to `ClerkProvider`, if any. */
  localization: ClerkLocalization | undefined
  /** The instance's name, which Clerk's titles name (`Sign in to {{applicationName}}`); once Clerk has loaded. */
  applicationName: string | undefined
}

/**
 * The localization the app gave `ClerkProvider`, so Flowkit's drop-ins speak the language Clerk's
 * own components would. `@clerk/react` has no public accessor for it: this reads
 * `clerk.__internal_getOption('localization')`, typed on Clerk's `Clerk` interface and the way
 * Clerk's own packages read it (`@clerk/shared`'s payment element, `@clerk/ui`'s profile shell).
 * Before clerk-js loads, `@clerk/react` answers it from the provider's own props, so it is there on
 * the first render. An SDK without it reads as no localization (English), never as an error.
 */
export function useClerkLocalization(): ClerkLocalizationInUse {
  const clerk = useClerk()
  let localization: ClerkLocalization | undefined
  try {
    localization = clerk.__internal_getOption?.('localization')
  } catch {
    localization = undefined
  }
  return { localization, applicationName: environmentOf(clerk)?.displayConfig.applicationName || undefined }
}
