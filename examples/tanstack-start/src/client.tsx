import { StartClient } from '@tanstack/react-start/client'
import { StrictMode, startTransition } from 'react'
import { hydrateRoot } from 'react-dom/client'

// No key: the offline Clerk (@flowkit/sandbox). Its MSW worker starts before the page hydrates, so
// clerk-js loads against it; the server-rendered page stays on screen meanwhile.
if (!import.meta.env.VITE_CLERK_PUBLISHABLE_KEY) {
  const { startOfflineClerk } = await import('./offline-clerk')
  await startOfflineClerk()
}

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <StartClient />
    </StrictMode>,
  )
})
