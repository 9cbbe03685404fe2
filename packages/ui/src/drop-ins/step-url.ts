import type { SignInOrUpFlow, SignInOrUpStep } from '@flowkit/flows'
import { useEffect, useRef } from 'react'

/**
 * Where a drop-in keeps its step: in the path under `path` (`/sign-in/factor-one`, your router
 * must send `/sign-in/*` to the page), in the hash (`#/factor-one`), or only in memory.
 */
export type Routing = 'path' | 'hash' | 'virtual'

// Clerk's own path segments, so links and analytics that know Clerk's URLs keep working.
const SEGMENTS: { [Name in SignInOrUpStep['name']]?: string } = {
  password: 'factor-one',
  'first-factor': 'factor-one',
  'email-link': 'factor-one',
  'choose-strategy': 'choose-strategy',
  'enterprise-sso': 'factor-one',
  'second-factor': 'factor-two',
  'client-trust': 'client-trust',
  'reset-password-code': 'reset-password',
  'new-password': 'reset-password-success',
  'verify-sign-up': 'verify',
  'missing-requirements': 'continue',
  'protect-check': 'protect-check',
}

/** The URL segment of a step: `''` for the first one; none while loading or done. */
function segmentOf(step: SignInOrUpStep): string | null {
  if (step.name === 'loading' || step.name === 'complete') return null
  return step.name === 'task' ? `tasks/${step.key}` : (SEGMENTS[step.name] ?? '')
}

const trimSlashes = (text: string) => text.replace(/^\/+|\/+$/g, '')

/** The segment the address bar shows now. */
function shownSegment(routing: Routing, base: string): string {
  const { pathname, hash } = window.location
  if (routing === 'hash') return trimSlashes(hash.slice(1))
  return pathname.startsWith(base) ? trimSlashes(pathname.slice(base.length)) : ''
}

/**
 * Whether the address is still this drop-in's page. An app's router (React Router, Next.js) may
 * change the address to the next page and render it a moment later; the address is then its own.
 */
function onItsPage(routing: Routing, base: string, page: string | undefined): boolean {
  const { pathname } = window.location
  return routing === 'hash' ? pathname === page : pathname.startsWith(base)
}

/** The address of `segment`, keeping the query string (`redirect_url` and the like). */
function addressOf(routing: Routing, base: string, segment: string): string {
  const { pathname, search } = window.location
  if (routing === 'hash') return `${pathname}${search}${segment ? `#/${segment}` : ''}`
  return `${base.replace(/\/+$/, '')}${segment ? `/${segment}` : ''}${search}`
}

/**
 * Mirrors the flow's step in the address bar and follows the browser's back and forward buttons:
 * each new step is a history entry; going back in history goes back a step. A step the flow
 * cannot return to (after a reload, or forward in history) is replaced by the one it is on.
 *
 * A step's entry carries no state of its own: a router that follows the History API (Next.js's
 * App Router) then copies its state in and knows the address, where a copy of the router's current
 * entry would pass for one of its own and the router would later put its old address back.
 */
export function useStepUrl(flow: SignInOrUpFlow, routing: Routing, path = '/') {
  const latest = useRef(flow)
  latest.current = flow
  // The first sync after mounting or a history move replaces the entry instead of adding one.
  const replaceNext = useRef(true)
  // The page a hash-routed drop-in is on: its path when it first synced.
  const page = useRef<string>(undefined)
  const segment = segmentOf(flow.step)

  useEffect(() => {
    if (routing === 'virtual' || segment === null) return
    page.current ??= window.location.pathname
    if (!onItsPage(routing, path, page.current)) return
    if (shownSegment(routing, path) !== segment) {
      const address = addressOf(routing, path, segment)
      if (replaceNext.current) window.history.replaceState(null, '', address)
      else window.history.pushState(null, '', address)
    }
    replaceNext.current = false
  }, [routing, path, segment])

  useEffect(() => {
    if (routing === 'virtual') return
    const onHistoryMove = () => {
      const current = latest.current
      if (!onItsPage(routing, path, page.current) || shownSegment(routing, path) === segmentOf(current.step)) return
      replaceNext.current = true
      if (current.canGoBack) current.back()
      else window.history.replaceState(null, '', addressOf(routing, path, segmentOf(current.step) ?? ''))
    }
    window.addEventListener('popstate', onHistoryMove)
    return () => window.removeEventListener('popstate', onHistoryMove)
  }, [routing, path])
}
