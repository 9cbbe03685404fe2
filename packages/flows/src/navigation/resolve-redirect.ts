import type { SetActiveNavigate } from '@clerk/react/types'
import type { SessionTaskKey } from '../session-task/types'
import type { Navigate, NavigateOptions } from './types'

/** The parts of `window.location` redirect resolution reads; tests pass their own. */
export type LocationLike = Pick<Location, 'origin' | 'search'>

/**
 * Where to go once signed in: the first SAFE value of the force prop, `redirect_url` from the query
 * string, the fallback prop, then `/`. Sign-ups use the sign-up variants first. A value is safe when
 * it is http(s) on the current origin or on one listed in `allowedRedirectOrigins`; anything else
 * (`//evil.example`, `javascript:`, userinfo tricks…) is skipped. This module is the one place that
 * decides redirects.
 */
export function resolveRedirect(options: NavigateOptions, signUp = false, location: LocationLike = window.location) {
  const candidates = [
    signUp ? options.signUpForceRedirectUrl : undefined,
    options.forceRedirectUrl,
    new URLSearchParams(location.search).get('redirect_url'),
    signUp ? options.signUpFallbackRedirectUrl : undefined,
    options.fallbackRedirectUrl,
  ]
  for (const candidate of candidates) {
    const safe = candidate && safeRedirect(candidate, options.allowedRedirectOrigins, location.origin)
    if (safe) return safe
  }
  return '/'
}

/**
 * Returns the URL to navigate to (a path for the current origin, so routers can handle it; the full
 * URL for an allowed other origin), or null when the value must not be followed. The WHATWG URL
 * parser decides the origin, exactly as the browser will when it navigates. `allowedOrigins: '*'`
 * allows any http(s) origin: for links the instance configures (terms, waitlist), never redirects.
 * The one URL check of Flowkit: redirects and every rendered link go through it.
 */
export function safeRedirect(value: string, allowedOrigins: string[] | '*' = [], origin = currentOrigin()) {
  let url: URL
  try {
    url = new URL(value, origin)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  // One leading slash: `/.//evil.example` resolves to the path `//evil.example`, which a router or
  // `location.assign` would read as another host.
  if (url.origin === origin) return url.pathname.replace(/^\/+/, '/') + url.search + url.hash
  if (allowedOrigins === '*') return url.href
  return allowedOrigins.some((allowed) => originOf(allowed) === url.origin) ? url.href : null
}

// On the server (a drop-in rendering its links) there is no location: paths stay paths.
const currentOrigin = () => (typeof window === 'undefined' ? 'http://localhost' : window.location.origin)

function originOf(value: string) {
  try {
    return new URL(value).origin
  } catch {
    return null
  }
}

/** Goes to `to` with the app's router, or with `window.location` for absolute URLs or when none is given. */
export function go(to: string, navigate?: Navigate) {
  // decorateUrl may turn a path into an absolute Frontend API URL (Safari ITP): only a full page
  // load can follow it, as Clerk's own examples do.
  if (navigate && !/^https?:/.test(to)) return navigate(to, { replace: false })
  window.location.assign(to)
}

/** The safe `taskUrls` entry of a session task: where the task is handled, or null when it is handled in place. */
export function taskUrlOf(options: NavigateOptions, key: string): string | null {
  const taskUrl = options.taskUrls?.[key as SessionTaskKey]
  return (taskUrl && safeRedirect(taskUrl, options.allowedRedirectOrigins)) || null
}

/**
 * The `navigate` callback for `finalize`/`setActive`: a pending session task goes to its `taskUrls`
 * entry (keeping `redirect_url`), or stays here to be rendered from `session.currentTask`; without
 * a task, on to the resolved redirect, decorated by Clerk.
 */
export function afterActivation(options: NavigateOptions, signUp = false): SetActiveNavigate {
  return async ({ session, decorateUrl }) => {
    const task = session.currentTask
    if (!task) return go(decorateUrl(resolveRedirect(options, signUp)), options.navigate)
    const safe = taskUrlOf(options, task.key)
    if (!safe) return
    const url = new URL(safe, window.location.href)
    const redirectUrl = new URLSearchParams(window.location.search).get('redirect_url')
    if (redirectUrl && !url.searchParams.has('redirect_url')) url.searchParams.set('redirect_url', redirectUrl)
    return go(safe.startsWith('/') ? url.pathname + url.search + url.hash : url.href, options.navigate)
  }
}
