import { renderToString } from 'react-dom/server'
import { OfflineClerk } from './offline-clerk'
import { Page, type WithClerk, withRealClerk } from './page'

export { pageOf } from './app'

const publishableKey = import.meta.env.VITE_CLERK_PUBLISHABLE_KEY as string | undefined
// No `ready`: on the server Clerk never loads.
const withOfflineClerk: WithClerk = (app) => <OfflineClerk>{app}</OfflineClerk>

/** The pages written as HTML at build time: the ones a visitor lands on signed out. */
export const prerenderedPaths = ['/sign-in', '/organization', '/dashboard']

/**
 * The HTML of the page at `path`, as the browser's first render will be: Clerk not loaded yet, so
 * the drop-in is its first step with the email field enabled. Used by prerender.mjs at build time.
 */
export function render(path: string): string {
  const withClerk = publishableKey ? withRealClerk(publishableKey) : withOfflineClerk
  return renderToString(<Page path={path} withClerk={withClerk} />)
}
