'use client'

import { ClerkProvider } from '@clerk/react'
import type { ReactNode } from 'react'

// @clerk/react has no "use client" of its own, so the app draws the client boundary here (an app
// on @clerk/nextjs would use its ClerkProvider instead). The key names a host that is never
// contacted: the build only server-renders.
export function Providers({ children }: { children: ReactNode }) {
  return (
    <ClerkProvider publishableKey="pk_test_Y2xlcmsuZmxvd2tpdC5sb2NhbGhvc3Qk" prefetchUI={false} telemetry={false}>
      {children}
    </ClerkProvider>
  )
}
