import type { ClerkProviderProps } from '@clerk/react-router'
import type { ReactNode } from 'react'

/** What the root route gives ClerkProvider when the app runs on the offline Clerk. */
export interface OfflineClerk {
  clerk: NonNullable<ClerkProviderProps['Clerk']>
  publishableKey: string
  inbox: ReactNode
}

// Set by entry.client.tsx before hydration, only when no publishable key is set: the sandbox never
// reaches the server bundle, nor the client bundle of an app on a real instance.
let started: OfflineClerk | undefined

export const setOfflineClerk = (offline: OfflineClerk) => {
  started = offline
}

export const offlineClerk = () => started
