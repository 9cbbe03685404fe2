import { errors } from '../api/errors'
import { withClient } from '../api/replies'
import type { FapiRequest } from '../api/request'
import type { Route } from '../api/router'
import type { IdentifierName } from '../config/types'
import { verifyTotp } from '../core/totp'
import { firstFactorsFor, mfaFactorsFor, secondFactorsFor } from '../domain/factors'
import { findUser, identifierKind } from '../domain/identifiers'
import { providerOf, signInWithAccount, startOAuth } from '../domain/oauth'
import { assertPasswordAllowed, isCompromised } from '../domain/passwords'
import { afterFirstFactor, completeSignIn } from '../domain/sign-in-progress'
import { checkCode, sendVerification, verifiedVerification } from '../domain/verification'
import { serializeSignIn } from '../serialize/sign-in'
import type { SignInRecord, UserRecord } from '../state/records'
import type { Simulation } from '../state/simulation'

const DAY = 24 * 60 * 60 * 1000

const reply = (sim: Simulation, signIn: SignInRecord) => withClient(sim, serializeSignIn(sim, signIn))

/** A sign-in with nothing known yet (`needs_identifier`) and a fresh id, as every create gets. */
function newSignIn(sim: Simulation): SignInRecord {
  const now = sim.now()
  return {
    id: sim.ids.next('sia'),
    status: 'needs_identifier',
    identifier: null,
    identifierKind: null,
    userId: null,
    missingAccount: null,
    missingIdentificationId: null,
    firstFactor: null,
    secondFactor: null,
    passwordCompromised: false,
    providerAccount: null,
    createdSessionId: null,
    createdAt: now,
    abandonAt: now + DAY,
  }
}

/** The client's current sign-in with that id; Clerk answers 404 for any other. */
function signInOf(sim: Simulation, request: FapiRequest): SignInRecord {
  const signIn = sim.store.signIns.get(request.params.id ?? '')
  if (!signIn || sim.store.client.signInId !== signIn.id) throw errors.notFound('Sign in')
  return signIn
}

function userOf(sim: Simulation, signIn: SignInRecord): UserRecord | undefined {
  return signIn.userId ? sim.store.users.get(signIn.userId) : undefined
}

function checkPassword(sim: Simulation, signIn: SignInRecord, password: string): void {
  const user = userOf(sim, signIn)
  if (!user || user.password !== password) throw errors.passwordIncorrect()
  signIn.firstFactor = verifiedVerification(sim, 'password')
  signIn.passwordCompromised = isCompromised(sim, user, password)
  afterFirstFactor(sim, signIn, user, true)
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
  if (strategy?.startsWith('oauth_')) {
    providerOf(sim, strategy)
    signIn.firstFactor = startOAuth(sim, strategy, body.require('redirect_url'))
    sim.store.signIns.set(signIn.id, signIn)
    sim.store.client.signInId = signIn.id
    return reply(sim, signIn)
  }
  const identifier = body.get('identifier')?.trim()
  if (identifier !== undefined) {
    const kind = identifierKind(sim, identifier)
    const user = findUser(sim, kind, identifier)
    const signUpIfMissing = body.flag('sign_up_if_missing')
    // Refused whether or not the account exists, so the refusal itself reveals nothing.
    if (signUpIfMissing) assertSignUpIfMissingAllowed(sim, kind)
    if (!user) {
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
  sim.store.signIns.set(signIn.id, signIn)
  sim.store.client.signInId = signIn.id

  const password = body.get('password')
  if (password !== undefined) {
    if (signIn.status === 'needs_identifier') throw errors.paramMissing('identifier')
    checkPassword(sim, signIn, password)
  }
  return reply(sim, signIn)
}

/**
 * `signIn.create({ transfer: true })`: after an OAuth sign-up found the account already exists,
 * clerk-js's redirect callback signs that account in instead.
 */
function transferFromSignUp(sim: Simulation) {
  const signUp = sim.store.client.signUpId ? sim.store.signUps.get(sim.store.client.signUpId) : undefined
  const external = signUp?.externalAccount
  const user = external?.account ? sim.store.findUserByEmail(external.account.emailAddress) : undefined
  if (!external?.account || external.verification.status !== 'transferable' || !user)
    throw errors.paramInvalid('transfer', 'There is no external account to transfer to a sign-in.')
  const signIn = { ...newSignIn(sim), providerAccount: external.account }
  if (!user.externalAccounts.some((account) => account.provider === external.provider))
    user.externalAccounts.push({ id: sim.ids.next('eac'), ...external.account })
  signInWithAccount(sim, signIn, user, external.verification.strategy)
  sim.store.signIns.set(signIn.id, signIn)
  sim.store.client.signInId = signIn.id
  return reply(sim, signIn)
}

/** The email address or phone number a factor id points at, on the account or its stand-in. */
function factorTarget(sim: Simulation, signIn: SignInRecord, strategy: string, request: FapiRequest) {
  const factors = (signIn.status === 'needs_first_factor' ? firstFactorsFor(sim, signIn) : []).filter(
    (factor) => factor.strategy === strategy,
  )
  const emailAddressId = request.body.get('email_address_id')
  const phoneNumberId = request.body.get('phone_number_id')
  const factor =
    factors.find(
      (candidate) =>
        (emailAddressId !== undefined && candidate.emailAddressId === emailAddressId) ||
        (phoneNumberId !== undefined && candidate.phoneNumberId === phoneNumberId),
    ) ?? (emailAddressId === undefined && phoneNumberId === undefined ? factors[0] : undefined)
  if (!factor?.safeIdentifier) throw errors.strategyInvalid(strategy)
  return factor.safeIdentifier
}

function prepareFirstFactor(sim: Simulation, request: FapiRequest) {
  const signIn = signInOf(sim, request)
  const strategy = request.body.require('strategy')
  const target = factorTarget(sim, signIn, strategy, request)
  // Strict enumeration protection: an identifier without an account gets no mail, but the same answer.
  const to = signIn.missingAccount === 'protected' ? null : target
  switch (strategy) {
    case 'email_code':
    case 'reset_password_email_code':
      signIn.firstFactor = sendVerification(sim, {
        strategy,
        kind: 'email_code',
        purpose: strategy === 'email_code' ? 'sign_in' : 'reset_password',
        to,
      })
      break
    case 'phone_code':
    case 'reset_password_phone_code':
      signIn.firstFactor = sendVerification(sim, {
        strategy,
        kind: 'phone_code',
        purpose: strategy === 'phone_code' ? 'sign_in' : 'reset_password',
        to,
      })
      break
    case 'email_link':
      signIn.firstFactor = sendVerification(sim, {
        strategy,
        kind: 'email_link',
        purpose: 'sign_in',
        to,
        redirectUrl: request.body.require('redirect_url'),
      })
      break
    default:
      throw errors.strategyInvalid(strategy)
  }
  return reply(sim, signIn)
}

function attemptFirstFactor(sim: Simulation, request: FapiRequest) {
  const signIn = signInOf(sim, request)
  const strategy = request.body.require('strategy')
  if (signIn.status !== 'needs_first_factor') throw errors.strategyInvalid(strategy)
  if (strategy === 'password') {
    checkPassword(sim, signIn, request.body.require('password'))
    return reply(sim, signIn)
  }
  checkCode(sim, signIn.firstFactor, strategy, request.body.require('code'))
  if (signIn.missingAccount === 'sign-up-if-missing' && signIn.firstFactor) {
    // Verified, and there is no account: clerk-js must see this error to transfer to a sign-up.
    signIn.firstFactor.status = 'transferable'
    throw errors.signUpIfMissingTransfer()
  }
  const user = userOf(sim, signIn)
  if (!user) throw errors.identifierNotFound()
  if (strategy.startsWith('reset_password_')) {
    signIn.status = 'needs_new_password'
    user.trustedClientIds.add(sim.store.client.id)
  } else {
    afterFirstFactor(sim, signIn, user, false)
  }
  return reply(sim, signIn)
}

function prepareSecondFactor(sim: Simulation, request: FapiRequest) {
  const signIn = signInOf(sim, request)
  const strategy = request.body.require('strategy')
  const factors = secondFactorsFor(sim, signIn) ?? []
  const id = request.body.get('email_address_id') ?? request.body.get('phone_number_id')
  const factor = factors.find(
    (candidate) =>
      candidate.strategy === strategy &&
      (id === undefined || candidate.emailAddressId === id || candidate.phoneNumberId === id),
  )
  if (!factor?.safeIdentifier || (strategy !== 'email_code' && strategy !== 'phone_code'))
    throw errors.strategyInvalid(strategy)
  signIn.secondFactor = sendVerification(sim, {
    strategy,
    kind: strategy,
    purpose: signIn.status === 'needs_client_trust' ? 'client_trust' : 'second_factor',
    to: factor.safeIdentifier,
  })
  return reply(sim, signIn)
}

function attemptSecondFactor(sim: Simulation, request: FapiRequest) {
  const signIn = signInOf(sim, request)
  const strategy = request.body.require('strategy')
  const code = request.body.require('code')
  const user = userOf(sim, signIn)
  const offered = (secondFactorsFor(sim, signIn) ?? []).some((factor) => factor.strategy === strategy)
  if (!user || !offered) throw errors.strategyInvalid(strategy)
  if (strategy === 'totp') {
    if (!user.totpSecret || !verifyTotp(user.totpSecret, code, sim.now())) throw errors.codeIncorrect()
    signIn.secondFactor = verifiedVerification(sim, 'totp')
  } else if (strategy === 'backup_code') {
    if (!user.backupCodes.includes(code)) throw errors.codeIncorrect()
    user.backupCodes = user.backupCodes.filter((candidate) => candidate !== code)
    signIn.secondFactor = verifiedVerification(sim, 'backup_code')
  } else {
    checkCode(sim, signIn.secondFactor, strategy, code)
  }
  // Any verified second step proves this client is the user's.
  user.trustedClientIds.add(sim.store.client.id)
  completeSignIn(sim, signIn, user)
  return reply(sim, signIn)
}

function resetPassword(sim: Simulation, request: FapiRequest) {
  const signIn = signInOf(sim, request)
  const user = userOf(sim, signIn)
  if (!user || signIn.status !== 'needs_new_password') throw errors.strategyInvalid('reset_password')
  const password = request.body.require('password')
  assertPasswordAllowed(sim, password)
  user.password = password
  user.passwordCompromised = false
  user.updatedAt = sim.now()
  signIn.passwordCompromised = false
  if (mfaFactorsFor(sim, user).length > 0) signIn.status = 'needs_second_factor'
  else completeSignIn(sim, signIn, user)
  return reply(sim, signIn)
}

export const signInRoutes: Route[] = [
  { method: 'POST', pattern: '/client/sign_ins', handle: create },
  { method: 'GET', pattern: '/client/sign_ins/:id', handle: (sim, request) => reply(sim, signInOf(sim, request)) },
  { method: 'POST', pattern: '/client/sign_ins/:id/prepare_first_factor', handle: prepareFirstFactor },
  { method: 'POST', pattern: '/client/sign_ins/:id/attempt_first_factor', handle: attemptFirstFactor },
  { method: 'POST', pattern: '/client/sign_ins/:id/prepare_second_factor', handle: prepareSecondFactor },
  { method: 'POST', pattern: '/client/sign_ins/:id/attempt_second_factor', handle: attemptSecondFactor },
  { method: 'POST', pattern: '/client/sign_ins/:id/reset_password', handle: resetPassword },
]
