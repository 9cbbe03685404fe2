import type { OAuthProviderName } from './config/types'
import { answerProvider, PROVIDER_PATH, pendingOAuth } from './domain/oauth'
import type { Simulation } from './state/simulation'

/** Who the user is at the provider, as the provider tells Clerk. */
export interface ProviderAccountInput {
  emailAddress: string
  firstName?: string
  lastName?: string
  /** The provider's id for the person; default derived from the email address. */
  providerUserId?: string
}

/** An OAuth authorization the browser was sent to and the test has not answered yet. */
export interface PendingAuthorization {
  provider: OAuthProviderName
  /** The fake provider's authorization URL clerk-js navigated to. */
  url: string
  /** Whether it started from `signIn.sso` or `signUp.sso`. */
  flow: 'sign_in' | 'sign_up'
  /** Where the browser comes back to: the app's `redirectCallbackUrl`. */
  callbackUrl: string
}

/**
 * The sandbox's fake OAuth provider. A test page cannot really leave for google.com (jsdom and the
 * test iframe cannot navigate cross-origin), so the sandbox's Clerk hands the provider redirect to
 * the test instead: read `pending`, then `authorize()` (or `deny()`) as the user would at the
 * provider, and come back to the returned callback URL through Clerk's redirect callback.
 */
export class FakeOAuthProvider {
  constructor(private readonly simulation: () => Simulation) {}

  /** The authorization waiting for an answer, if any. */
  get pending(): PendingAuthorization | undefined {
    const pending = pendingOAuth(this.simulation())
    if (!pending?.verification.externalRedirectUrl) return undefined
    return {
      provider: pending.verification.strategy.replace(/^oauth_/, '') as OAuthProviderName,
      url: pending.verification.externalRedirectUrl,
      flow: pending.kind,
      callbackUrl: pending.verification.redirectUrl ?? '/',
    }
  }

  /**
   * The user signs in at the provider and consents. An account linked to it, or owning its email
   * address, signs in; anyone else becomes transferable to a sign-up (or signs up, from `signUp.sso`).
   * Returns the callback URL the browser comes back to.
   */
  authorize(account: ProviderAccountInput): string {
    const provider = this.pending?.provider
    if (!provider) throw new Error('sandbox.oauth.authorize: no OAuth sign-in or sign-up is waiting for the provider')
    return answerProvider(this.simulation(), {
      provider,
      emailAddress: account.emailAddress,
      firstName: account.firstName ?? null,
      lastName: account.lastName ?? null,
      providerUserId: account.providerUserId ?? `${provider}|${account.emailAddress.toLowerCase()}`,
    })
  }

  /** The user refuses at the provider (`oauth_access_denied`). Returns the callback URL. */
  deny(): string {
    return answerProvider(this.simulation(), 'denied')
  }

  /** Whether a URL is this fake provider's (clerk-js's navigation to it is intercepted). */
  owns(url: string): boolean {
    return url.startsWith(`https://${this.simulation().host}${PROVIDER_PATH}`)
  }
}
