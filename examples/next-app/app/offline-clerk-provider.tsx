'use client'

import { ClerkProvider } from '@clerk/nextjs'
import { type ReactNode, Suspense, use } from 'react'

// Loaded in the browser only, and only without a key (the build drops it otherwise). Its module
// starts the MSW worker before it hands over the Clerk instance, so clerk-js loads against it.
const offlineClerk =
  !process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY && typeof window !== 'undefined'
    ? import('./offline-clerk').then((offline) => offline.startOfflineClerk())
    : undefined

/**
 * @clerk/nextjs's ClerkProvider on the offline Clerk (@flowkit/sandbox). The server renders the
 * page signed out (the sandbox lives in the browser tab); hydration waits for the offline Clerk,
 * and the server-rendered page stays on screen meanwhile.
 */
export function OfflineClerkProvider({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={null}>
      <WithOfflineClerk>{children}</WithOfflineClerk>
    </Suspense>
  )
}

function WithOfflineClerk({ children }: { children: ReactNode }) {
  const offline = offlineClerk ? use(offlineClerk) : undefined
  return (
    <ClerkProvider Clerk={offline?.clerk} publishableKey={offline?.publishableKey} prefetchUI={false} telemetry={false}>
      {children}
      {offline?.inbox}
    </ClerkProvider>
  )
}
