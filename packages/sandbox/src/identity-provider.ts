import { answerIdentityProvider, IDP_PATH, type IdpRefusal, pendingEnterprise } from './domain/enterprise-sso'
import type { Simulation } from './state/simulation'

/** Who the user is at the IdP, as its SAML assertion or OIDC claims tell Clerk. */
export interface IdentityInput {
  /** Default: the address the sign-in or sign-up was started with. */
  emailAddress?: string
  firstName?: string
  lastName?: string
  /** The IdP's id for the person (SAML NameID / OIDC `sub`); default derived from the email address. */
  providerUserId?: string
}

/** An enterprise SSO sign-in or sign-up the browser was sent to the IdP for, not answered yet. */
export interface PendingEnterpriseSso {
  connection: { id: string; name: string; protocol: 'saml' | 'oidc' }
  /** The fake IdP's URL clerk-js navigated to. */
  url: string
  flow: 'sign_in' | 'sign_up'
  /** The address it was started with. */
  emailAddress: string | null
  /** Where the browser comes back to: the app's SSO callback URL. */
  callbackUrl: string
}

/**
 * The IdPs of the instance's enterprise connections. As with OAuth, the page cannot leave for the
 * IdP, so the sandbox's Clerk records that navigation; the test answers as the user (or the IdP)
 * would, then comes back to the returned callback URL through Clerk's redirect callback.
 */
export class FakeIdentityProvider {
  constructor(private readonly simulation: () => Simulation) {}

  get pending(): PendingEnterpriseSso | undefined {
    const sim = this.simulation()
    const pending = pendingEnterprise(sim)
    const connection = sim.instance.enterpriseConnections.find(
      (candidate) => candidate.id === pending?.verification.connectionId,
    )
    if (!pending || !connection || !pending.verification.externalRedirectUrl) return undefined
    return {
      connection: { id: connection.id, name: connection.name, protocol: connection.protocol },
      url: pending.verification.externalRedirectUrl,
      flow: pending.kind,
      emailAddress: pending.emailAddress,
      callbackUrl: pending.verification.redirectUrl ?? '/',
    }
  }

  /**
   * The user signs in at the IdP. An account linked to the connection, or owning the address, signs
   * in; anyone else becomes transferable to a sign-up (or signs up, from `signUp.sso`). An address
   * outside the connection's domains is refused (`enterprise_sso_email_address_domain_mismatch`).
   * Returns the callback URL.
   */
  authorize(identity: IdentityInput = {}): string {
    const pending = this.pending
    const emailAddress = identity.emailAddress ?? pending?.emailAddress
    if (!pending || !emailAddress)
      throw new Error('sandbox.enterprise.authorize: no enterprise SSO sign-in or sign-up is waiting for an address')
    return answerIdentityProvider(this.simulation(), {
      emailAddress,
      firstName: identity.firstName ?? null,
      lastName: identity.lastName ?? null,
      providerUserId: identity.providerUserId ?? `${pending.connection.id}|${emailAddress.toLowerCase()}`,
    })
  }

  /**
   * The IdP refuses: `access_denied` (default, `oauth_access_denied`), `domain_mismatch`
   * (`enterprise_sso_email_address_domain_mismatch`) or `attribute_missing`
   * (`enterprise_sso_user_attribute_missing`). Returns the callback URL.
   */
  deny(reason: IdpRefusal = 'access_denied'): string {
    return answerIdentityProvider(this.simulation(), reason)
  }

  /** Whether a URL is the fake IdP's (clerk-js's navigation to it is intercepted). */
  owns(url: string): boolean {
    return url.startsWith(`https://${this.simulation().host}${IDP_PATH}`)
  }
}
