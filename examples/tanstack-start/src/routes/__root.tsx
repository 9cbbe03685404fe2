import { ClerkProvider } from '@clerk/tanstack-react-start'
import { createRootRoute, HeadContent, Link, Outlet, Scripts } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { offlineClerk } from '../offline-slot'
import theme from '../theme.css?url'

export const Route = createRootRoute({
  head: () => ({
    meta: [{ charSet: 'utf-8' }, { name: 'viewport', content: 'width=device-width, initial-scale=1' }],
    links: [
      { rel: 'stylesheet', href: theme },
      { rel: 'icon', href: 'data:,' },
    ],
  }),
  shellComponent: Document,
  component: App,
})

function Document({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <title>Flowkit on TanStack Start</title>
        <HeadContent />
      </head>
      <body>
        {children}
        <Scripts />
      </body>
    </html>
  )
}

function App() {
  const offline = offlineClerk()
  return (
    <ClerkProvider
      // Flowkit never needs Clerk's prebuilt UI script.
      prefetchUI={false}
      {...(offline && { Clerk: offline.clerk, publishableKey: offline.publishableKey, telemetry: false })}
    >
      <header className="app-header">
        <Link to="/">Acme</Link>
        <nav>
          <Link to="/dashboard">Dashboard</Link>
        </nav>
      </header>
      <main className="app-main">
        <Outlet />
      </main>
      {offline?.inbox}
    </ClerkProvider>
  )
}
