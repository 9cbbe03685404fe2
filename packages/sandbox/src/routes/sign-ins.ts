import { errors } from '../api/errors'
import type { FapiRequest } from '../api/request'
import type { Route } from '../api/router'
import type { IdentifierName } from '../config/types'
import { connectionsFor } from '../domain/enterprise-connections'
import {
  chooseConnection,
  linkEnterpriseAccount,
  signInWithEnterprise,
  startEnterpriseSso,
} from '../domain/enterprise-sso'
import { findUser, identifierKind } from '../domain/identifiers'
import { providerOf, signInWithAccount, startOAuth } from '../domain/oauth'
import { startPasskey } from '../domain/passkey-sign-in'
import { checkProof, newProtectCheck, renewIfExpired } from '../domain/protect'
import { afterFirstFactor } from '../domain/sign-in-progress'
import { redeemTicket, ticketErrors, usableTicket } from '../domain/tickets'
import { verifiedVerification } from '../domain/verification'
import type { EnterpriseIdentity, SignInRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { checkPassword, keep, newSignIn, reply, signInOf } from './sign-in-common'
import { prepareFactor, signInFactorRoutes } from './sign-in-factors'

/** `GET /client/sign_ins/:id`; an expired Protect challenge is replaced, as Clerk's UI expects on reload. */
function read(sim: Simulation, request: FapiRequest) {
  const signIn = signInOf(sim, request)
  signIn.protectCheck = renewIfExpired(sim, signIn.protectCheck)
  return reply(sim, signIn)
}

/** `submitProtectCheck({ proofToken })`: a passed challenge lets the sign-in go on (a held password is checked now). */
function protectCheck(sim: Simulation, request: FapiRequest) {
  const signIn = signInOf(sim, request)
  const { heldPassword } = checkProof(sim, signIn, request.body.require('proof_token'))
  if (heldPassword !== null) checkPassword(sim, signIn, heldPassword)
  return reply(sim, signIn)
}

/** `signUpIfMissing` needs public sign-ups and an identifier that can receive a code (docs: Restrictions). */
function assertSignUpIfMissingAllowed(sim: Simulation, kind: IdentifierName): void {
  if (sim.instance.signUp.mode === 'restricted') throw errors.signUpRestricted()
  if (sim.instance.signUp.mode === 'waitlist') throw errors.signUpWaitlist()
  if (kind === 'username')
    throw errors.paramInvalid('identifier', 'Sign up if missing needs an email address or a phone number.')
}

function create(sim: Simulation, request: FapiRequest) {
  if (sim.store.signedInSessions().length > 0) throw errors.sessionExists()
  const { body } = request

  const strategy = body.get('strategy')
  if (body.flag('transfer')) return transferFromSignUp(sim)

  const signIn = newSignIn(sim)
  if (strategy === 'ticket') {
    signInWithTicket(sim, signIn, body.require('ticket'))
    return reply(sim, signIn)
  }
  if (strategy === 'passkey') {
    // `signIn.passkey({ flow: 'discoverable' | 'autofill' })`: no identifier; the credential says who.
    signIn.firstFactor = startPasskey(sim, request, null)
    keep(sim, signIn)
    return reply(sim, signIn)
  }
  if (strategy?.startsWith('oauth_')) {
    providerOf(sim, strategy)
    signIn.firstFactor = startOAuth(sim, strategy, body.require('redirect_url'))
    keep(sim, signIn)
    return reply(sim, signIn)
  }
  const identifier = body.get('identifier')?.trim()
  if (identifier !== undefined) {
    const kind = identifierKind(sim, identifier)
    const user = findUser(sim, kind, identifier)
    const signUpIfMissing = body.flag('sign_up_if_missing')
    // Refused whether or not the account exists, so the refusal itself reveals nothing.
    if (signUpIfMissing) assertSignUpIfMissingAllowed(sim, kind)
    // An email on an enterprise connection's domain goes to its IdP, account or not (Clerk provisions there).
    const enterprise = kind === 'email_address' && connectionsFor(sim, identifier).length > 0
    if (!user && !enterprise) {
      if (signUpIfMissing) {
        signIn.missingAccount = 'sign-up-if-missing'
      } else if (sim.instance.enumerationProtection) {
        signIn.missingAccount = 'protected'
      } else {
        throw errors.identifierNotFound()
      }
      signIn.missingIdentificationId = sim.ids.next('idn')
    }
    signIn.identifier = kind === 'phone_number' ? identifier.replace(/[\s()-]/g, '') : identifier
    signIn.identifierKind = kind
    signIn.userId = user?.id ?? null
    signIn.status = 'needs_first_factor'
  }
  keep(sim, signIn)

  const password = body.get('password')
  if (strategy === 'enterprise_sso') {
    // `signIn.sso({ strategy: 'enterprise_sso', identifier })` without a sign-in yet.
    const connection = chooseConnection(sim, signIn.identifier, body.get('enterprise_connection_id'))
    signIn.firstFactor = startEnterpriseSso(sim, connection, body.require('redirect_url'))
  } else if (sim.instance.protect.signIn && signIn.status === 'needs_first_factor') {
    // Protect holds the sign-in here; the password is checked once the challenge is passed.
    signIn.protectCheck = newProtectCheck(sim, password ?? null)
  } else if (password !== undefined) {
    if (signIn.status === 'needs_identifier') throw errors.paramMissing('identifier')
    checkPassword(sim, signIn, password)
  } else if (strategy === 'phone_code' && signIn.status === 'needs_first_factor') {
    // Clerk's UI names the strategy (and a WhatsApp channel) here so the code goes out at once.
    prepareFactor(sim, signIn, strategy, request)
  }
  return reply(sim, signIn)
}

/**
 * `signIn.ticket()` (`strategy=ticket`): an organization invitation signs its invitee in, the ticket
 * standing in for the first factor; someone without an account is told to sign up instead.
 */
function signInWithTicket(sim: Simulation, signIn: SignInRecord, ticket: string): void {
  const record = usableTicket(sim, ticket)
  const user = sim.store.findUserByEmail(record.emailAddress)
  if (!user) throw ticketErrors.accountMissing()
  signIn.identifier = record.emailAddress
  signIn.identifierKind = 'email_address'
  signIn.userId = user.id
  signIn.firstFactor = verifiedVerification(sim, 'ticket')
  keep(sim, signIn)
  redeemTicket(sim, record, user)
  afterFirstFactor(sim, signIn, user, false)
}

/**
 * `signIn.create({ transfer: true })`: after an OAuth sign-up found the account already exists,
 * clerk-js's redirect callback signs that account in instead.
 */
function transferFromSignUp(sim: Simulation) {
  const signUp = sim.store.client.signUpId ? sim.store.signUps.get(sim.store.client.signUpId) : undefined
  const enterprise = signUp?.enterpriseAccount
  if (enterprise?.identity && enterprise.verification.status === 'transferable')
    return transferEnterpriseSignUp(sim, enterprise.identity)
  const external = signUp?.externalAccount
  const user = external?.account ? sim.store.findUserByEmail(external.account.emailAddress) : undefined
  if (!external?.account || external.verification.status !== 'transferable' || !user)
    throw errors.paramInvalid('transfer', 'There is no external account to transfer to a sign-in.')
  const signIn = { ...newSignIn(sim), providerAccount: external.account }
  if (!user.externalAccounts.some((account) => account.provider === external.provider))
    user.externalAccounts.push({ id: sim.ids.next('eac'), ...external.account })
  signInWithAccount(sim, signIn, user, external.verification.strategy)
  keep(sim, signIn)
  return reply(sim, signIn)
}

/** The enterprise-SSO sign-up found the IdP's user already has an account: sign that account in. */
function transferEnterpriseSignUp(sim: Simulation, identity: EnterpriseIdentity) {
  const user = sim.store.findUserByEmail(identity.emailAddress)
  if (!user) throw errors.paramInvalid('transfer', 'There is no external account to transfer to a sign-in.')
  const signIn = { ...newSignIn(sim), enterpriseIdentity: identity }
  linkEnterpriseAccount(sim, user, identity)
  signInWithEnterprise(sim, signIn, user, identity.connectionId)
  keep(sim, signIn)
  return reply(sim, signIn)
}

export const signInRoutes: Route[] = [
  { method: 'POST', pattern: '/client/sign_ins', handle: create },
  { method: 'GET', pattern: '/client/sign_ins/:id', handle: read },
  { method: 'PATCH', pattern: '/client/sign_ins/:id/protect_check', handle: protectCheck },
  ...signInFactorRoutes,
]
