import { ClerkProvider } from '@clerk/react-router'
import { clerkMiddleware, rootAuthLoader } from '@clerk/react-router/server'
import type { ReactNode } from 'react'
import { Link, Links, Meta, Outlet, Scripts, ScrollRestoration } from 'react-router'
import type { Route } from './+types/root'
import { offlineClerk } from './offline-slot'
import './theme.css'

const publishableKey = import.meta.env.VITE_CLERK_PUBLISHABLE_KEY

// A real instance: clerkMiddleware authenticates each request (CLERK_SECRET_KEY) and
// rootAuthLoader hands its state to ClerkProvider. Offline the server knows no session (the sandbox
// lives in the browser tab), so it renders every page signed out, in the shape rootAuthLoader uses.
export const middleware: Route.MiddlewareFunction[] = publishableKey ? [clerkMiddleware({ publishableKey })] : []

export const loader = (args: Route.LoaderArgs) =>
  publishableKey ? rootAuthLoader(args) : { clerkState: { __internal_clerk_state: {} } }

export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Flowkit on React Router</title>
        <link rel="icon" href="data:," />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  )
}

export default function App({ loaderData }: Route.ComponentProps) {
  const offline = offlineClerk()
  return (
    <ClerkProvider
      loaderData={loaderData}
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
