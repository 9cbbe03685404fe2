import { type AnchorHTMLAttributes, createContext, type MouseEvent, useContext, useSyncExternalStore } from 'react'

// A router small enough to read in one go; a real app would plug its own router into Flowkit's
// `navigate` prop the same way.

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange)
  return () => window.removeEventListener('popstate', onChange)
}

/**
 * The path the page was rendered for: the one being prerendered on the server, and in the browser
 * the address it loaded at, so hydration renders what the server did.
 */
export const RenderedPath = createContext('/')

/** The current path, re-rendering on navigation and on back/forward. */
export function usePathname(): string {
  const renderedPath = useContext(RenderedPath)
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => renderedPath,
  )
}

/** Client-side navigation: the in-memory offline Clerk survives it (a full page load would not). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to)
  else window.history.pushState(null, '', to)
  window.dispatchEvent(new PopStateEvent('popstate'))
}

export function Link({ href = '/', ...props }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    navigate(href)
  }
  return <a {...props} href={href} onClick={onClick} />
}
