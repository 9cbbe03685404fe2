import { ClerkProvider } from '@clerk/react'
import { type ReactNode, StrictMode } from 'react'
import { App } from './app'
import { navigate, RenderedPath } from './router'

/** Wraps the app in a Clerk provider: a real Clerk's, or the offline one. */
export type WithClerk = (app: ReactNode) => ReactNode

/**
 * The whole page, built alike in the browser and by the build's prerender (entry-server.tsx), so
 * the browser hydrates the HTML the server wrote.
 */
export function Page({ path, withClerk }: { path: string; withClerk: WithClerk }) {
  return (
    <StrictMode>
      <RenderedPath value={path}>{withClerk(<App />)}</RenderedPath>
    </StrictMode>
  )
}

/** A real Clerk instance. Flowkit never needs Clerk's prebuilt UI script: prefetchUI={false}. */
export const withRealClerk =
  (publishableKey: string): WithClerk =>
  (app) => (
    <ClerkProvider
      publishableKey={publishableKey}
      prefetchUI={false}
      routerPush={(to) => navigate(to)}
      routerReplace={(to) => navigate(to, { replace: true })}
    >
      {app}
    </ClerkProvider>
  )
