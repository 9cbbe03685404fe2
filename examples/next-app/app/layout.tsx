import { ClerkProvider } from '@clerk/nextjs'
import type { ReactNode } from 'react'
import { Header } from './header'
import { OfflineClerkProvider } from './offline-clerk-provider'
import './theme.css'

export const metadata = { title: 'Flowkit on Next.js', icons: { icon: 'data:,' } }

export default function RootLayout({ children }: { children: ReactNode }) {
  const app = (
    <>
      <Header />
      <main className="app-main">{children}</main>
    </>
  )
  return (
    <html lang="en">
      <body>
        {process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY ? (
          // A real instance. Flowkit never needs Clerk's prebuilt UI script: prefetchUI={false}.
          <ClerkProvider prefetchUI={false}>{app}</ClerkProvider>
        ) : (
          // No key: the offline Clerk, in the browser only.
          <OfflineClerkProvider>{app}</OfflineClerkProvider>
        )}
      </body>
    </html>
  )
}
