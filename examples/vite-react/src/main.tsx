import { createRoot, hydrateRoot } from 'react-dom/client'
import { pageOf } from './app'
import { Page, type WithClerk, withRealClerk } from './page'
import './theme.css'

const publishableKey = import.meta.env.VITE_CLERK_PUBLISHABLE_KEY as string | undefined

/** No key: the built-in offline Clerk (@flowkit/sandbox) and MSW's worker, loaded only in this case. */
async function withOfflineClerk(): Promise<WithClerk> {
  const [{ OfflineClerk }, { workerStarted }] = await Promise.all([
    import('./offline-clerk'),
    import('./offline-worker'),
  ])
  return (app) => <OfflineClerk ready={workerStarted}>{app}</OfflineClerk>
}

const withClerk = publishableKey ? withRealClerk(publishableKey) : await withOfflineClerk()
const container = document.getElementById('root') as HTMLElement
const page = <Page path={window.location.pathname} withClerk={withClerk} />

// The build prerenders each page (prerender.mjs): its HTML is on screen, the email field taking
// input, before this script runs. Hydrated when it is this address's page; any other address got
// the plain shell (index.html), rendered here.
if (container.dataset.page === pageOf(window.location.pathname)) hydrateRoot(container, page)
else createRoot(container).render(page)
