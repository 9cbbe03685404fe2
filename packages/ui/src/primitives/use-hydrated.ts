import { useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

/**
 * False in the server's HTML and during hydration, true once React runs the page (and at once in
 * a page rendered on the client only). Before that, the page's buttons have no handlers.
 */
export const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
