import type { SignInFutureResource, SignUpFutureResource } from '@clerk/react/types'
import type { ClerkResult, Factor } from './types'

/**
 * An invitation: Clerk's link carries a ticket (`__clerk_ticket`) and whether it signs up or in
 * (`__clerk_status=sign_up | sign_in`). The ticket vouches for the email address.
 */
export const ticket = {
  enabled: () => true,
  /** The ticket and its purpose in this page's URL, when the page was opened from an invitation. */
  inUrl: (search: string) => {
    const query = new URLSearchParams(search)
    const value = query.get('__clerk_ticket')
    return value ? { value, signIn: query.get('__clerk_status') === 'sign_in' } : null
  },
  /**
   * Takes the invitation out of the address once its attempt is complete, as Clerk's prebuilt UI
   * does: a reload, Back or a shared screenshot of the URL then carries no used ticket.
   */
  forget: () => {
    const url = new URL(window.location.href)
    if (!url.searchParams.has('__clerk_ticket')) return
    url.searchParams.delete('__clerk_ticket')
    url.searchParams.delete('__clerk_status')
    window.history.replaceState(window.history.state, '', url)
  },
  signUp: (signUp: SignUpFutureResource, value: string): Promise<ClerkResult> => signUp.ticket({ ticket: value }),
  signIn: (signIn: SignInFutureResource, value: string): Promise<ClerkResult> => signIn.ticket({ ticket: value }),
} satisfies Factor
