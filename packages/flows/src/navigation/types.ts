import type { SessionTaskKey } from '../session-task/types'

/** Plugs a router in. The default assigns `window.location`. */
export type Navigate = (to: string, options: { replace: boolean }) => void | Promise<void>

/** Where to go once signed in; shared by every hook that finishes a flow. */
export interface NavigateOptions {
  /** Always go here after sign-in, ignoring `redirect_url`. */
  forceRedirectUrl?: string
  /** Go here after sign-in when there is no `redirect_url`. Default `/`. */
  fallbackRedirectUrl?: string
  /** Always go here after a sign-up (else `forceRedirectUrl` applies). */
  signUpForceRedirectUrl?: string
  /** Go here after a sign-up when there is no `redirect_url` (else `fallbackRedirectUrl`). */
  signUpFallbackRedirectUrl?: string
  /** Origins besides the current one that redirects may go to. */
  allowedRedirectOrigins?: string[]
  /** Where each pending session task is handled, when not in this component. */
  taskUrls?: Partial<Record<SessionTaskKey, string>>
  /** Your router's navigate; absolute URLs and the default use `window.location`. */
  navigate?: Navigate
}
