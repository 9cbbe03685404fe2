import { errors } from '../api/errors'
import { bare, withClient } from '../api/replies'
import type { FapiRequest } from '../api/request'
import type { Route } from '../api/router'
import { connectionsFor } from '../domain/enterprise-connections'
import { checkProof, newProtectCheck, protectErrors, renewIfExpired } from '../domain/protect'
import { completeIfReady, signUpStatus } from '../domain/sign-up-progress'
import { usableTicket } from '../domain/tickets'
import { checkCode, phoneChannelOf, sendVerification } from '../domain/verification'
import { serializeSignUp } from '../serialize/sign-up'
import type { SignUpRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { applyFields } from './sign-up-fields'
import { applyTicket, startSso, transferFromSignIn } from './sign-up-starts'

const DAY = 24 * 60 * 60 * 1000

const reply = (sim: Simulation, signUp: SignUpRecord) => withClient(sim, serializeSignUp(sim, signUp))

function signUpOf(sim: Simulation, request: FapiRequest): SignUpRecord {
  const signUp = sim.store.signUps.get(request.params.id ?? '')
  if (!signUp || sim.store.client.signUpId !== signUp.id) throw errors.notFound('Sign up')
  return signUp
}

/** Runs a change on a sign-up; an abandoned one changes no more and answers as it is. */
const changing =
  (change: (sim: Simulation, request: FapiRequest, signUp: SignUpRecord) => unknown) =>
  (sim: Simulation, request: FapiRequest) => {
    const signUp = signUpOf(sim, request)
    if (signUpStatus(sim, signUp) !== 'abandoned') change(sim, request, signUp)
    return reply(sim, signUp)
  }

/** Restricted and waitlist modes let in only the invited: a sign-up with a valid ticket. */
function assertSignUpAllowed(sim: Simulation, invited: boolean): void {
  if (sim.store.signedInSessions().length > 0) throw errors.sessionExists()
  if (invited) return
  if (sim.instance.signUp.mode === 'restricted') throw errors.signUpRestricted()
  if (sim.instance.signUp.mode === 'waitlist') throw errors.signUpWaitlist()
}

function newSignUp(sim: Simulation, request: FapiRequest): SignUpRecord {
  const now = sim.now()
  return {
    id: '',
    status: 'missing_requirements',
    emailAddress: null,
    phoneNumber: null,
    username: null,
    firstName: null,
    lastName: null,
    password: null,
    legalAcceptedAt: null,
    unsafeMetadata: {},
    locale: request.body.get('locale') ?? null,
    emailVerification: null,
    phoneVerification: null,
    externalAccount: null,
    enterpriseAccount: null,
    createdSessionId: null,
    createdUserId: null,
    ticket: null,
    protectCheck: null,
    createdAt: now,
    abandonAt: now + DAY,
  }
}

function create(sim: Simulation, request: FapiRequest) {
  const strategy = request.body.get('strategy')
  const ticket = strategy === 'ticket' ? usableTicket(sim, request.body.require('ticket')) : null
  assertSignUpAllowed(sim, ticket !== null)
  const signUp = newSignUp(sim, request)
  startSso(sim, signUp, request)
  applyFields(sim, signUp, request)
  if (ticket) applyTicket(sim, signUp, ticket)
  if (request.body.flag('transfer')) transferFromSignIn(sim, signUp)
  // Protect holds every new sign-up (not a transfer, which continues a flow already let through).
  if (sim.instance.protect.signUp && !request.body.flag('transfer')) signUp.protectCheck = newProtectCheck(sim)
  // The id is taken only once the sign-up exists, so a refused create leaves no gap in the ids.
  signUp.id = sim.ids.next('sua')
  sim.store.signUps.set(signUp.id, signUp)
  sim.store.client.signUpId = signUp.id
  // Clerk's UI names `phone_code` (with a WhatsApp channel) so the code goes out with the create.
  if (strategy === 'phone_code' && signUp.phoneNumber && !signUp.protectCheck) prepareVerification(sim, request, signUp)
  completeIfReady(sim, signUp)
  return reply(sim, signUp)
}

function update(sim: Simulation, request: FapiRequest, signUp: SignUpRecord) {
  if (signUp.status === 'complete') throw errors.forbidden('This sign-up is already complete.')
  startSso(sim, signUp, request)
  applyFields(sim, signUp, request)
  completeIfReady(sim, signUp)
}

function prepareVerification(sim: Simulation, request: FapiRequest, signUp: SignUpRecord) {
  if (signUp.protectCheck) throw protectErrors.required('sign-up')
  const strategy = request.body.require('strategy')
  if ((strategy === 'email_code' || strategy === 'email_link') && signUp.emailAddress) {
    signUp.emailVerification = sendVerification(sim, {
      strategy,
      kind: strategy,
      purpose: 'sign_up',
      to: signUp.emailAddress,
      redirectUrl: strategy === 'email_link' ? request.body.require('redirect_url') : null,
    })
  } else if (strategy === 'phone_code' && signUp.phoneNumber) {
    signUp.phoneVerification = sendVerification(sim, {
      strategy,
      kind: 'phone_code',
      purpose: 'sign_up',
      to: signUp.phoneNumber,
      channel: phoneChannelOf(sim, request.body),
    })
  } else {
    throw errors.strategyInvalid(strategy)
  }
}

function attemptVerification(sim: Simulation, request: FapiRequest, signUp: SignUpRecord) {
  const strategy = request.body.require('strategy')
  const code = request.body.require('code')
  const verification = strategy === 'phone_code' ? signUp.phoneVerification : signUp.emailVerification
  checkCode(sim, verification, strategy, code)
  completeIfReady(sim, signUp)
}

/** `GET /client/sign_ups/:id`; an expired Protect challenge is replaced, as Clerk's UI expects on reload. */
function read(sim: Simulation, request: FapiRequest) {
  const signUp = signUpOf(sim, request)
  signUp.protectCheck = renewIfExpired(sim, signUp.protectCheck)
  return reply(sim, signUp)
}

/** `submitProtectCheck({ proofToken })`: once passed, the sign-up completes if nothing else is missing. */
function protectCheck(sim: Simulation, request: FapiRequest, signUp: SignUpRecord) {
  checkProof(sim, signUp, request.body.require('proof_token'))
  completeIfReady(sim, signUp)
}

/** `GET /client/sign_ups/:id/enterprise_connections`: the connections its email address can sign up through. */
function enterpriseConnections(sim: Simulation, request: FapiRequest) {
  const signUp = signUpOf(sim, request)
  const connections = connectionsFor(sim, signUp.emailAddress).map(({ id, name }) => ({
    object: 'enterprise_connection',
    id,
    name,
  }))
  return bare({ response: connections })
}

export const signUpRoutes: Route[] = [
  { method: 'POST', pattern: '/client/sign_ups', handle: create },
  { method: 'GET', pattern: '/client/sign_ups/:id', handle: read },
  { method: 'GET', pattern: '/client/sign_ups/:id/enterprise_connections', handle: enterpriseConnections },
  { method: 'PATCH', pattern: '/client/sign_ups/:id/protect_check', handle: changing(protectCheck) },
  { method: 'PATCH', pattern: '/client/sign_ups/:id', handle: changing(update) },
  { method: 'POST', pattern: '/client/sign_ups/:id/prepare_verification', handle: changing(prepareVerification) },
  { method: 'POST', pattern: '/client/sign_ups/:id/attempt_verification', handle: changing(attemptVerification) },
]
