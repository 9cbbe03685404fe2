import { type ClerkErrorJSON, errors } from '../api/errors'
import type { OAuthProviderName } from '../config/types'
import type { ProviderAccount, SignInRecord, SignUpRecord, UserRecord, VerificationRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { mfaFactorsFor } from './factors'
import { completeSignIn } from './sign-in-progress'
import { completeIfReady } from './sign-up-progress'
import { newVerification, verifiedVerification } from './verification'

/** Where clerk-js sends the browser for an OAuth strategy: the sandbox's fake provider. */
export const PROVIDER_PATH = '/v1/oauth/authorize'

/** `oauth_google` → `google`, if the instance offers it; `strategy_for_user_invalid` otherwise. */
export function providerOf(sim: Simulation, strategy: string): OAuthProviderName {
  const provider = strategy.replace(/^oauth_/, '') as OAuthProviderName
  if (!strategy.startsWith('oauth_') || !sim.instance.oauth.includes(provider)) throw errors.strategyInvalid(strategy)
  return provider
}

/** An OAuth verification waiting for the user to come back from the provider. */
export function startOAuth(sim: Simulation, strategy: string, redirectUrl: string): VerificationRecord {
  const verification = newVerification(strategy)
  verification.linkToken = sim.random.token(24)
  verification.redirectUrl = redirectUrl
  verification.externalRedirectUrl = `https://${sim.host}${PROVIDER_PATH}?provider=${strategy.replace(/^oauth_/, '')}&state=${verification.linkToken}`
  verification.expireAt = sim.now() + sim.instance.codeLifetimeSeconds * 1000
  return verification
}

const oauthError = (code: string, longMessage: string): ClerkErrorJSON => ({
  code,
  message: longMessage,
  long_message: longMessage,
})

/** The user an OAuth account belongs to: linked before, or owning its verified email (Clerk links those). */
function userFor(sim: Simulation, account: ProviderAccount): UserRecord | undefined {
  for (const user of sim.store.users.values()) {
    if (
      user.externalAccounts.some(
        (linked) => linked.provider === account.provider && linked.providerUserId === account.providerUserId,
      )
    )
      return user
  }
  return sim.store.findUserByEmail(account.emailAddress)
}

function link(sim: Simulation, user: UserRecord, account: ProviderAccount): void {
  if (user.externalAccounts.some((linked) => linked.provider === account.provider)) return
  user.externalAccounts.push({ id: sim.ids.next('eac'), ...account })
}

/** Finishes a sign-in whose user came back from the provider: a second factor if they have one, else done. */
export function signInWithAccount(sim: Simulation, signIn: SignInRecord, user: UserRecord, strategy: string): void {
  signIn.userId = user.id
  signIn.identifier = user.emails[0]?.address ?? signIn.identifier
  signIn.identifierKind = 'email_address'
  signIn.firstFactor = verifiedVerification(sim, strategy)
  if (mfaFactorsFor(sim, user).length > 0) signIn.status = 'needs_second_factor'
  else completeSignIn(sim, signIn, user)
}

/** The OAuth verification the client is waiting on (its sign-in's or its sign-up's), if any. */
export function pendingOAuth(
  sim: Simulation,
):
  | { kind: 'sign_in'; record: SignInRecord; verification: VerificationRecord }
  | { kind: 'sign_up'; record: SignUpRecord; verification: VerificationRecord }
  | undefined {
  const { client } = sim.store
  const signIn = client.signInId ? sim.store.signIns.get(client.signInId) : undefined
  const signUp = client.signUpId ? sim.store.signUps.get(client.signUpId) : undefined
  const waiting = (verification: VerificationRecord | null | undefined): verification is VerificationRecord =>
    verification?.strategy.startsWith('oauth_') === true && verification.status === 'unverified'
  const candidates = [
    signIn && waiting(signIn.firstFactor)
      ? { kind: 'sign_in' as const, record: signIn, verification: signIn.firstFactor }
      : undefined,
    signUp && waiting(signUp.externalAccount?.verification)
      ? { kind: 'sign_up' as const, record: signUp, verification: signUp.externalAccount.verification }
      : undefined,
  ].filter((candidate) => candidate !== undefined)
  return candidates.sort((a, b) => b.record.createdAt - a.record.createdAt)[0]
}

/**
 * What the provider answers after the user signed in there (or refused): updates the waiting sign-in
 * or sign-up as Clerk's callback does, and returns the URL the browser comes back to.
 */
export function answerProvider(sim: Simulation, outcome: ProviderAccount | 'denied'): string {
  const pending = pendingOAuth(sim)
  if (!pending) throw new Error('sandbox.oauth: no OAuth sign-in or sign-up is waiting for the provider')
  const { verification } = pending
  if (outcome === 'denied') {
    verification.status = 'failed'
    verification.error = oauthError('oauth_access_denied', 'You did not grant access to your account.')
    return verification.redirectUrl ?? '/'
  }
  const user = userFor(sim, outcome)
  if (pending.kind === 'sign_in') {
    pending.record.providerAccount = outcome
    if (user) {
      link(sim, user, outcome)
      signInWithAccount(sim, pending.record, user, verification.strategy)
    } else {
      // A new account: clerk-js's callback transfers to a sign-up (`signUp.create({ transfer: true })`).
      verification.status = 'transferable'
      verification.error = oauthError('external_account_not_found', 'The External Account was not found.')
    }
  } else if (pending.record.externalAccount) {
    pending.record.externalAccount.account = outcome
    if (user) {
      // Already an account: clerk-js's callback transfers to a sign-in (`signIn.create({ transfer: true })`).
      verification.status = 'transferable'
      verification.error = oauthError('external_account_exists', 'This external account already exists.')
    } else {
      fillSignUpFromAccount(sim, pending.record, outcome)
    }
  }
  return verification.redirectUrl ?? '/'
}

/** A sign-up from an OAuth account: the provider vouches for the email address and names. */
export function fillSignUpFromAccount(sim: Simulation, signUp: SignUpRecord, account: ProviderAccount): void {
  const strategy = `oauth_${account.provider}`
  signUp.externalAccount = { provider: account.provider, verification: verifiedVerification(sim, strategy), account }
  signUp.emailAddress = account.emailAddress
  signUp.emailVerification = verifiedVerification(sim, `from_${strategy}`)
  signUp.firstName ??= account.firstName
  signUp.lastName ??= account.lastName
  completeIfReady(sim, signUp)
}
