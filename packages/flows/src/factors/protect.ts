import type { SignInFutureResource, SignUpFutureResource } from '@clerk/react/types'
import type { ClerkResult, Factor } from './types'

/** A Clerk Protect challenge, as the sign-in or sign-up describes it (`protectCheck`). */
export interface ProtectChallenge {
  /** Opaque; handed to the challenge script unchanged. */
  token: string
  /** The ES module that runs the challenge; only https is loaded. */
  sdkUrl: string
  uiHints?: Record<string, string> | undefined
  expiresAt?: number | undefined
}

/** The challenge script's default export, per Clerk's Protect contract. */
export type ProtectScript = (
  container: HTMLElement,
  init: { token: string; uiHints?: Record<string, string> | undefined; signal?: AbortSignal | undefined },
) => Promise<string>

export interface RunProtectOptions {
  signal?: AbortSignal
  /** Loads the script at `sdkUrl` (default: a dynamic `import()`). Tests pass the sandbox's challenge. */
  load?: (sdkUrl: string) => Promise<{ default?: unknown }>
}

/** Only an https module from a clean URL is imported: a tampered answer must not run code here. */
function checkedUrl(sdkUrl: string): string {
  const url = new URL(sdkUrl)
  if (url.protocol !== 'https:' || url.username || url.password) throw new Error('Flowkit: unsafe Protect sdk_url.')
  return url.href
}

/**
 * Runs a Clerk Protect challenge (a bot check Clerk asks for mid-flow, `needs_protect_check`): loads
 * the script Clerk names into `container` and resolves the proof token it produces, for
 * `flow.passProtectCheck`. Only a screen that shows the step imports it.
 */
export async function runProtectCheck(
  challenge: ProtectChallenge,
  container: HTMLElement,
  options: RunProtectOptions = {},
): Promise<string> {
  const url = checkedUrl(challenge.sdkUrl)
  const load = options.load ?? ((href: string) => import(/* @vite-ignore */ /* webpackIgnore: true */ href))
  const script = (await load(url)).default
  if (typeof script !== 'function') throw new Error('Flowkit: the Protect script exports no function.')
  const { token, uiHints } = challenge
  return (script as ProtectScript)(container, { token, uiHints, signal: options.signal })
}

/** Clerk Protect as the journey meets it: the proof token goes back to the attempt that asked. */
export const protect = {
  enabled: () => true,
  submit: (attempt: SignInFutureResource | SignUpFutureResource, proofToken: string): Promise<ClerkResult> =>
    attempt.submitProtectCheck({ proofToken }),
} satisfies Factor
