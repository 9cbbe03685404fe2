import { ApiError, errors } from '../api/errors'
import { withClient } from '../api/replies'
import type { FapiRequest } from '../api/request'
import type { Route } from '../api/router'
import type { SignUpFieldName } from '../config/types'
import { isEmail, isPhoneNumber } from '../domain/identifiers'
import { fillSignUpFromAccount, providerOf, startOAuth } from '../domain/oauth'
import { assertPasswordAllowed } from '../domain/passwords'
import { completeIfReady, signUpStatus } from '../domain/sign-up-progress'
import { checkCode, sendVerification, verifiedVerification } from '../domain/verification'
import { serializeSignUp } from '../serialize/sign-up'
import type { SignUpRecord } from '../state/records'
import type { Simulation } from '../state/simulation'

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

function assertSignUpAllowed(sim: Simulation): void {
  if (sim.instance.signUp.mode === 'restricted') throw errors.signUpRestricted()
  if (sim.instance.signUp.mode === 'waitlist') throw errors.signUpWaitlist()
  if (sim.store.signedInSessions().length > 0) throw errors.sessionExists()
}

const FIELD_PARAMS: SignUpFieldName[] = [
  'email_address',
  'phone_number',
  'username',
  'first_name',
  'last_name',
  'password',
]

/**
 * Applies the fields of a create or update, all or nothing: like Clerk, it answers one 422 listing
 * every invalid field (each with its `param_name`).
 */
function applyFields(sim: Simulation, signUp: SignUpRecord, request: FapiRequest): void {
  const draft = { ...signUp }
  const problems: ApiError[] = []
  for (const field of FIELD_PARAMS) {
    const value = request.body.get(field)?.trim()
    if (value === undefined) continue
    try {
      applyField(sim, draft, field, value)
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      problems.push(error)
    }
  }
  if (problems.length > 0)
    throw new ApiError(
      422,
      problems.flatMap((problem) => problem.errors),
    )
  if (request.body.flag('legal_accepted')) draft.legalAcceptedAt = sim.now()
  const metadata = request.body.get('unsafe_metadata')
  if (metadata !== undefined) {
    try {
      draft.unsafeMetadata = JSON.parse(metadata) as Record<string, unknown>
    } catch {
      throw errors.paramInvalid('unsafe_metadata', 'unsafe_metadata must be a JSON object.')
    }
  }
  Object.assign(signUp, draft)
}

function applyField(sim: Simulation, signUp: SignUpRecord, field: SignUpFieldName, value: string): void {
  if (sim.instance.signUp.fields[field] === 'off') throw errors.paramUnknown(field)
  switch (field) {
    case 'email_address': {
      if (!isEmail(value)) throw errors.paramInvalid(field, 'Email address must be a valid email address.')
      if (sim.store.findUserByEmail(value)) throw errors.identifierExists(field)
      if (signUp.emailAddress?.toLowerCase() !== value.toLowerCase()) signUp.emailVerification = null
      signUp.emailAddress = value
      break
    }
    case 'phone_number': {
      const number = value.replace(/[\s()-]/g, '')
      if (!isPhoneNumber(number)) throw errors.paramInvalid(field, 'Phone number must be a valid phone number.')
      if (sim.store.findUserByPhone(number)) throw errors.identifierExists(field)
      if (signUp.phoneNumber !== number) signUp.phoneVerification = null
      signUp.phoneNumber = number
      break
    }
    case 'username':
      if (sim.store.findUserByUsername(value)) throw errors.identifierExists(field)
      signUp.username = value
      break
    case 'first_name':
      signUp.firstName = value
      break
    case 'last_name':
      signUp.lastName = value
      break
    case 'password':
      assertPasswordAllowed(sim, value)
      signUp.password = value
      break
  }
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
    createdSessionId: null,
    createdUserId: null,
    createdAt: now,
    abandonAt: now + DAY,
  }
}

/**
 * `signUp.create({ transfer: true })` after `sign_up_if_missing_transfer` (the verified identifier
 * moves over) or after an OAuth sign-in found no account (the provider account moves over).
 */
function transferFromSignIn(sim: Simulation, signUp: SignUpRecord): void {
  const signIn = sim.store.client.signInId ? sim.store.signIns.get(sim.store.client.signInId) : undefined
  const verification = signIn?.firstFactor
  if (!signIn || verification?.status !== 'transferable')
    throw errors.paramInvalid('transfer', 'There is no verified sign-in to transfer to a sign-up.')
  if (signIn.providerAccount) {
    fillSignUpFromAccount(sim, signUp, signIn.providerAccount)
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

function create(sim: Simulation, request: FapiRequest) {
  assertSignUpAllowed(sim)
  const signUp = newSignUp(sim, request)
  const strategy = request.body.get('strategy')
  if (strategy?.startsWith('oauth_')) {
    const provider = providerOf(sim, strategy)
    signUp.externalAccount = {
      provider,
      verification: startOAuth(sim, strategy, request.body.require('redirect_url')),
      account: null,
    }
  }
  applyFields(sim, signUp, request)
  if (request.body.flag('transfer')) transferFromSignIn(sim, signUp)
  // The id is taken only once the sign-up exists, so a refused create leaves no gap in the ids.
  signUp.id = sim.ids.next('sua')
  sim.store.signUps.set(signUp.id, signUp)
  sim.store.client.signUpId = signUp.id
  completeIfReady(sim, signUp)
  return reply(sim, signUp)
}

function update(sim: Simulation, request: FapiRequest, signUp: SignUpRecord) {
  if (signUp.status === 'complete') throw errors.forbidden('This sign-up is already complete.')
  applyFields(sim, signUp, request)
  completeIfReady(sim, signUp)
}

function prepareVerification(sim: Simulation, request: FapiRequest, signUp: SignUpRecord) {
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

export const signUpRoutes: Route[] = [
  { method: 'POST', pattern: '/client/sign_ups', handle: create },
  { method: 'GET', pattern: '/client/sign_ups/:id', handle: (sim, request) => reply(sim, signUpOf(sim, request)) },
  { method: 'PATCH', pattern: '/client/sign_ups/:id', handle: changing(update) },
  { method: 'POST', pattern: '/client/sign_ups/:id/prepare_verification', handle: changing(prepareVerification) },
  { method: 'POST', pattern: '/client/sign_ups/:id/attempt_verification', handle: changing(attemptVerification) },
]
