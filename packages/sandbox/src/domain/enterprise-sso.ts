import { type ClerkErrorJSON, errors } from '../api/errors'
import type { EnterpriseConnection } from '../config/resolve'
import type { EnterpriseIdentity, SignInRecord, SignUpRecord, UserRecord, VerificationRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { connectionsFor } from './enterprise-connections'
import { mfaFactorsFor } from './factors'
import { completeSignIn } from './sign-in-progress'
import { completeIfReady } from './sign-up-progress'
import { newVerification, verifiedVerification } from './verification'

/** Where clerk-js sends the browser for `enterprise_sso`: the sandbox's fake IdP. */
export const IDP_PATH = '/v1/enterprise/authorize'

/** Why the IdP (or Clerk, reading its answer) refuses: each with the code Clerk's UI shows. */
export type IdpRefusal = 'access_denied' | 'domain_mismatch' | 'attribute_missing'

const refusals: Record<IdpRefusal, ClerkErrorJSON> = {
  access_denied: {
    code: 'oauth_access_denied',
    message: 'Access denied',
    long_message: 'You did not grant access to your account.',
  },
  domain_mismatch: {
    code: 'enterprise_sso_email_address_domain_mismatch',
    message: 'Email domain mismatch',
    long_message: "The email address's domain does not match the enterprise connection's domains.",
  },
  attribute_missing: {
    code: 'enterprise_sso_user_attribute_missing',
    message: 'User attribute missing',
    long_message: 'The identity provider did not send the email address, which is required.',
  },
}

/**
 * The connection an `enterprise_sso` step is for: the one named by `enterprise_connection_id`, or the
 * email's only one. Several without a choice is `form_param_nil`; none, `strategy_for_user_invalid`.
 */
export function chooseConnection(sim: Simulation, emailAddress: string | null, connectionId: string | undefined) {
  const candidates = connectionsFor(sim, emailAddress)
  if (connectionId !== undefined) {
    const chosen = candidates.find((connection) => connection.id === connectionId)
    if (!chosen)
      throw errors.paramInvalid('enterprise_connection_id', 'That enterprise connection is not for this email address.')
    return chosen
  }
  const [only, ...others] = candidates
  if (!only) throw errors.strategyInvalid('enterprise_sso')
  if (others.length > 0) throw errors.paramMissing('enterprise_connection_id')
  return only
}

/** A verification waiting for the user to come back from the connection's IdP. */
export function startEnterpriseSso(sim: Simulation, connection: EnterpriseConnection, redirectUrl: string) {
  const verification = newVerification('enterprise_sso')
  verification.linkToken = sim.random.token(24)
  verification.redirectUrl = redirectUrl
  verification.connectionId = connection.id
  verification.externalRedirectUrl = `https://${sim.host}${IDP_PATH}?connection=${connection.id}&state=${verification.linkToken}`
  verification.expireAt = sim.now() + sim.instance.codeLifetimeSeconds * 1000
  return verification
}

/** The enterprise verification the client waits on (its sign-in's or its sign-up's), if any. */
export function pendingEnterprise(
  sim: Simulation,
):
  | { kind: 'sign_in'; record: SignInRecord; verification: VerificationRecord; emailAddress: string | null }
  | { kind: 'sign_up'; record: SignUpRecord; verification: VerificationRecord; emailAddress: string | null }
  | undefined {
  const { client } = sim.store
  const signIn = client.signInId ? sim.store.signIns.get(client.signInId) : undefined
  const signUp = client.signUpId ? sim.store.signUps.get(client.signUpId) : undefined
  const waiting = (verification: VerificationRecord | null | undefined): verification is VerificationRecord =>
    verification?.strategy === 'enterprise_sso' && verification.status === 'unverified' && !!verification.connectionId
  const candidates = [
    signIn && waiting(signIn.firstFactor)
      ? { kind: 'sign_in' as const, record: signIn, verification: signIn.firstFactor, emailAddress: signIn.identifier }
      : undefined,
    signUp && waiting(signUp.enterpriseAccount?.verification)
      ? {
          kind: 'sign_up' as const,
          record: signUp,
          verification: signUp.enterpriseAccount.verification,
          emailAddress: signUp.emailAddress,
        }
      : undefined,
  ].filter((candidate) => candidate !== undefined)
  return candidates.sort((a, b) => b.record.createdAt - a.record.createdAt)[0]
}

/** The user an enterprise identity belongs to: linked before, or owning its verified email address. */
function userFor(sim: Simulation, identity: EnterpriseIdentity): UserRecord | undefined {
  for (const user of sim.store.users.values())
    if (
      user.enterpriseAccounts.some(
        (account) =>
          account.connectionId === identity.connectionId && account.providerUserId === identity.providerUserId,
      )
    )
      return user
  return sim.store.findUserByEmail(identity.emailAddress)
}

/** Links the identity to the user (once per connection) and notes when they last came through it. */
export function linkEnterpriseAccount(sim: Simulation, user: UserRecord, identity: EnterpriseIdentity): void {
  const linked = user.enterpriseAccounts.find((account) => account.connectionId === identity.connectionId)
  if (linked) {
    linked.lastAuthenticatedAt = sim.now()
    return
  }
  user.enterpriseAccounts.push({ id: sim.ids.next('eaa'), ...identity, lastAuthenticatedAt: sim.now() })
}

/** Signs in the user the IdP vouched for: a second factor if they have one, else done. */
export function signInWithEnterprise(sim: Simulation, signIn: SignInRecord, user: UserRecord, connectionId: string) {
  signIn.userId = user.id
  signIn.identifier = user.emails[0]?.address ?? signIn.identifier
  signIn.identifierKind = 'email_address'
  signIn.firstFactor = { ...verifiedVerification(sim, 'enterprise_sso'), connectionId }
  if (mfaFactorsFor(sim, user).length > 0) signIn.status = 'needs_second_factor'
  else completeSignIn(sim, signIn, user)
}

/** A sign-up from an enterprise identity: the IdP vouches for the email address and names. */
export function fillSignUpFromEnterprise(sim: Simulation, signUp: SignUpRecord, identity: EnterpriseIdentity): void {
  signUp.enterpriseAccount = {
    connectionId: identity.connectionId,
    verification: { ...verifiedVerification(sim, 'enterprise_sso'), connectionId: identity.connectionId },
    identity,
  }
  signUp.emailAddress = identity.emailAddress
  signUp.emailVerification = verifiedVerification(sim, 'enterprise_sso')
  signUp.firstName ??= identity.firstName
  signUp.lastName ??= identity.lastName
  completeIfReady(sim, signUp)
}

/**
 * What the IdP answers after the user signed in there (or was refused): updates the waiting sign-in
 * or sign-up as Clerk's SSO callback does, and returns the URL the browser comes back to.
 */
export function answerIdentityProvider(
  sim: Simulation,
  outcome: Omit<EnterpriseIdentity, 'connectionId'> | IdpRefusal,
): string {
  const pending = pendingEnterprise(sim)
  const connectionId = pending?.verification.connectionId
  if (!pending || !connectionId)
    throw new Error('sandbox.enterprise: no enterprise SSO sign-in or sign-up is waiting for the IdP')
  const { verification } = pending
  const connection = sim.instance.enterpriseConnections.find((candidate) => candidate.id === connectionId)
  const refusal =
    typeof outcome === 'string'
      ? outcome
      : !connection || !connectionsFor(sim, outcome.emailAddress).includes(connection)
        ? 'domain_mismatch'
        : null
  if (refusal || typeof outcome === 'string') {
    verification.status = 'failed'
    verification.error = refusals[refusal ?? 'access_denied']
    return verification.redirectUrl ?? '/'
  }
  const identity: EnterpriseIdentity = { ...outcome, connectionId }
  const user = userFor(sim, identity)
  if (pending.kind === 'sign_in') {
    pending.record.enterpriseIdentity = identity
    if (user) {
      linkEnterpriseAccount(sim, user, identity)
      signInWithEnterprise(sim, pending.record, user, identity.connectionId)
    } else {
      // A new user: Clerk's callback transfers to a sign-up (`signUp.create({ transfer: true })`).
      verification.status = 'transferable'
      verification.error = {
        code: 'external_account_not_found',
        message: 'Not found',
        long_message: 'The External Account was not found.',
      }
    }
  } else if (pending.record.enterpriseAccount) {
    pending.record.enterpriseAccount.identity = identity
    if (user) {
      // Already an account: Clerk's callback transfers to a sign-in (`signIn.create({ transfer: true })`).
      verification.status = 'transferable'
      verification.error = {
        code: 'external_account_exists',
        message: 'Exists',
        long_message: 'This external account already exists.',
      }
    } else {
      fillSignUpFromEnterprise(sim, pending.record, identity)
    }
  }
  return verification.redirectUrl ?? '/'
}
