import { errors } from '../api/errors'
import type { FapiRequest } from '../api/request'
import { chooseConnection, fillSignUpFromEnterprise, startEnterpriseSso } from '../domain/enterprise-sso'
import { fillSignUpFromAccount, providerOf, startOAuth } from '../domain/oauth'
import { verifiedVerification } from '../domain/verification'
import type { SignUpRecord, TicketRecord } from '../state/records'
import type { Simulation } from '../state/simulation'

// What a sign-up can start from besides its form: an invitation, a transferred sign-in, an SSO redirect.

/** An invitation's ticket proves the invited address: it is the sign-up's, verified. */
export function applyTicket(sim: Simulation, signUp: SignUpRecord, ticket: TicketRecord): void {
  if (sim.store.findUserByEmail(ticket.emailAddress)) throw errors.identifierExists('email_address')
  signUp.ticket = ticket.ticket
  signUp.emailAddress = ticket.emailAddress
  signUp.emailVerification = verifiedVerification(sim, 'ticket')
}

/**
 * `signUp.create({ transfer: true })` after `sign_up_if_missing_transfer` (the verified identifier
 * moves over) or after an OAuth sign-in found no account (the provider account moves over).
 */
export function transferFromSignIn(sim: Simulation, signUp: SignUpRecord): void {
  const signIn = sim.store.client.signInId ? sim.store.signIns.get(sim.store.client.signInId) : undefined
  const verification = signIn?.firstFactor
  if (!signIn || verification?.status !== 'transferable')
    throw errors.paramInvalid('transfer', 'There is no verified sign-in to transfer to a sign-up.')
  if (signIn.providerAccount) {
    fillSignUpFromAccount(sim, signUp, signIn.providerAccount)
    return
  }
  if (signIn.enterpriseIdentity) {
    fillSignUpFromEnterprise(sim, signUp, signIn.enterpriseIdentity)
    return
  }
  if (!signIn.identifier)
    throw errors.paramInvalid('transfer', 'There is no verified sign-in to transfer to a sign-up.')
  if (signIn.identifierKind === 'phone_number') {
    signUp.phoneNumber = signIn.identifier
    signUp.phoneVerification = verifiedVerification(sim, verification.strategy)
  } else {
    signUp.emailAddress = signIn.identifier
    signUp.emailVerification = verifiedVerification(sim, verification.strategy)
  }
}

/**
 * `signUp.sso()` (a create, or a PATCH of the sign-up in progress): an OAuth or enterprise SSO
 * verification waiting for the user to come back from the provider or the connection's IdP.
 */
export function startSso(sim: Simulation, signUp: SignUpRecord, request: FapiRequest): void {
  const strategy = request.body.get('strategy')
  if (strategy?.startsWith('oauth_')) {
    const provider = providerOf(sim, strategy)
    signUp.externalAccount = {
      provider,
      verification: startOAuth(sim, strategy, request.body.require('redirect_url')),
      account: null,
    }
  } else if (strategy === 'enterprise_sso') {
    const emailAddress = request.body.get('email_address')?.trim() ?? signUp.emailAddress
    const connection = chooseConnection(sim, emailAddress, request.body.get('enterprise_connection_id'))
    if (emailAddress && signUp.emailAddress !== emailAddress) {
      signUp.emailAddress = emailAddress
      signUp.emailVerification = null
    }
    signUp.enterpriseAccount = {
      connectionId: connection.id,
      verification: startEnterpriseSso(sim, connection, request.body.require('redirect_url')),
      identity: null,
    }
  }
}
