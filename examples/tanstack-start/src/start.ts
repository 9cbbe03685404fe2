import { clerkMiddleware } from '@clerk/tanstack-react-start/server'
import { createStart } from '@tanstack/react-start'

const publishableKey = import.meta.env.VITE_CLERK_PUBLISHABLE_KEY

// A real instance: clerkMiddleware authenticates each request (CLERK_SECRET_KEY) and hands its
// state to ClerkProvider. Offline the server knows no session (the sandbox lives in the browser
// tab): no middleware, every page is rendered signed out.
export const startInstance = createStart(() => ({
  requestMiddleware: publishableKey ? [clerkMiddleware({ publishableKey })] : [],
}))
