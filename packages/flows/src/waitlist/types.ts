import type { FlowError } from '../errors/types'
import type { NavigateOptions } from '../navigation/types'

/** Options of `useJoinWaitlist`. */
export interface JoinWaitlistOptions extends Pick<NavigateOptions, 'navigate' | 'allowedRedirectOrigins'> {
  /** Where to go once the address is on the waitlist (Clerk's `afterJoinWaitlistUrl`). Default: stay on `joined`. */
  afterJoinWaitlistUrl?: string
  /** Prefill; the query string's `email_address` is read too (Clerk's waitlist links carry it). */
  initialValues?: { emailAddress?: string }
  /** An error is shown, with its stable `code` and `field`, if any. */
  onError?: ((error: FlowError) => void) | undefined
  /** The address is on the waitlist (newly, or already: Clerk answers both the same way). */
  onComplete?: ((result: { emailAddress: string }) => void) | undefined
}

/** Everything a waitlist screen renders, and the one verb it calls. */
export interface JoinWaitlistController {
  /** `loading` until Clerk has loaded; `join` asks for the address; `joined` confirms it. */
  step: 'loading' | 'join' | 'joined'
  /** The address last submitted (normalised), else the initial value. */
  emailAddress: string
  /** A request is in flight; `join` called meanwhile is ignored. */
  isPending: boolean
  /** An error about the whole step (offline, server error, rate limit). */
  error: FlowError | null
  /** The address's own error: not an email address (checked before any request), or refused by Clerk. */
  fieldError: FlowError | null
  /**
   * Checks and normalises the address (a malformed one sends nothing), then puts it on the waitlist.
   * An address already there gets the same confirmation: Clerk answers with its existing entry, so
   * the page does not tell who has joined.
   */
  join(emailAddress: string): Promise<void>
}
