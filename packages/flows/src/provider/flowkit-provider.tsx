import { ClerkProvider, type ClerkProviderProps } from '@clerk/react'

/**
 * `ClerkProvider` for apps built with Flowkit: the same props, passed through, with
 * `prefetchUI={false}` by default. Flowkit renders every screen itself, so Clerk's prebuilt UI
 * script (`@clerk/ui`, hot-loaded from Clerk's CDN after clerk-js) is never needed (issue 7).
 * An app that also mounts Clerk's prebuilt components can pass `prefetchUI` to override it.
 */
export function FlowkitProvider(props: ClerkProviderProps) {
  return <ClerkProvider prefetchUI={false} {...props} />
}
