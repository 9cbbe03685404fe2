// @flowkit/ui/localization: Clerk's localization resources (`@clerk/localizations`) on Flowkit's
// keys. Its own entry, so the mapping table ships only with apps that use it; a drop-in loads it by
// itself (a chunk of its own) when ClerkProvider has a localization.

export { type FromClerkOptions, fromClerk } from './localization/from-clerk'
