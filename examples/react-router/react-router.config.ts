import type { Config } from '@react-router/dev/config'

export default {
  ssr: true,
  // clerkMiddleware() is a React Router middleware (the root route's `middleware` export).
  future: { v8_middleware: true },
} satisfies Config
