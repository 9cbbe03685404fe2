import { messages } from '../errors/messages'
import { inputError, normalizeError } from '../errors/normalize-error'
import type { FlowError } from '../errors/types'
import type { JourneyContext, ListedFactor } from '../journey/types'
import type { Environment, StartableFactor } from './types'

/** An enterprise connection (SAML or OIDC) an identifier's domain belongs to. */
export interface EnterpriseConnection {
  id: string
  name: string
}

/**
 * Enterprise SSO, identifier-first: an email whose domain belongs to an enterprise connection goes
 * to that connection's identity provider instead of a password or a code, and comes back here.
 */
export const enterpriseSso = {
  enabled: (env: Environment) => !!env?.userSettings.enterpriseSSO?.enabled,
  /** The connections Clerk lists for the identifier, one per match (several: the user picks). */
  connections: (factors: readonly ListedFactor[]): EnterpriseConnection[] =>
    factors.flatMap((factor) =>
      factor.strategy === 'enterprise_sso'
        ? [{ id: factor.enterpriseConnectionId ?? '', name: factor.enterpriseConnectionName ?? '' }]
        : [],
    ),
  /** Redirects to a connection's identity provider; the browser comes back to the journey's `returnTo`. */
  connection: (connection: EnterpriseConnection): StartableFactor => ({
    enabled: () => true,
    leavesPage: true,
    start: ({ signIn }, { identifier, returnTo }: JourneyContext) =>
      signIn.sso({
        strategy: 'enterprise_sso',
        identifier,
        ...(connection.id && { enterpriseConnectionId: connection.id }),
        redirectUrl: returnTo,
        redirectCallbackUrl: returnTo,
      }),
  }),
  /**
   * The error to show when the browser came back refused (the verification's `error`): always
   * `sso_refused`, in Clerk's words when it says why (a domain mismatch, a missing attribute), else
   * Flowkit's (the IdP's own "access denied" reads as if the user had clicked "deny").
   */
  refusal: (error: unknown): FlowError => {
    const [first = inputError('sso_refused', undefined, 'sso_refused')] = normalizeError(error)
    if (first.code === 'sso_refused') return first
    return { ...first, code: 'sso_refused', message: messages.sso_refused, messageKey: 'sso_refused' }
  },
} satisfies Omit<StartableFactor, 'start'>
