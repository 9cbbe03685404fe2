import { ClerkProvider } from '@clerk/react'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { navigate } from './router'
import './theme.css'

const root = createRoot(document.getElementById('root') as HTMLElement)
const publishableKey = import.meta.env.VITE_CLERK_PUBLISHABLE_KEY as string | undefined

if (publishableKey) {
  // A real Clerk instance. Flowkit never needs Clerk's prebuilt UI script: prefetchUI={false}.
  root.render(
    <StrictMode>
      <ClerkProvider
        publishableKey={publishableKey}
        prefetchUI={false}
        routerPush={(to) => navigate(to)}
        routerReplace={(to) => navigate(to, { replace: true })}
      >
        <App />
      </ClerkProvider>
    </StrictMode>,
  )
} else {
  // No key: the built-in offline Clerk (@flowkit/sandbox), loaded only in this case.
  const { OfflineClerk } = await import('./offline-clerk')
  root.render(
    <StrictMode>
      <OfflineClerk>
        <App />
      </OfflineClerk>
    </StrictMode>,
  )
}
