import { errors } from '../api/errors'
import type { FapiRequest } from '../api/request'
import type { Route } from '../api/router'
import { verifyTotp } from '../core/totp'
import { chooseConnection, startEnterpriseSso } from '../domain/enterprise-sso'
import { firstFactorsFor, mfaFactorsFor, secondFactorsFor } from '../domain/factors'
import { attemptPasskey, signInWithPasskey, startPasskey } from '../domain/passkey-sign-in'
import { assertPasswordAllowed } from '../domain/passwords'
import { afterFirstFactor, completeSignIn } from '../domain/sign-in-progress'
import { checkCode, phoneChannelOf, sendVerification, verifiedVerification } from '../domain/verification'
import type { SignInRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { checkPassword, reply, ungatedSignInOf, userOf } from './sign-in-common'

// The steps of a sign-in after its create: first factors, second factors (and client trust), reset.

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

/** Sends the code or link of a first factor (`prepare_first_factor`, or a create naming the strategy). */
export function prepareFactor(sim: Simulation, signIn: SignInRecord, strategy: string, request: FapiRequest): void {
  if (strategy === 'passkey') {
    signIn.firstFactor = startPasskey(sim, request, userOf(sim, signIn) ?? null)
    return
  }
  if (strategy === 'enterprise_sso') {
    // Clerk's UI and `signIn.sso()` prepare it again with the redirect URLs; each gets a fresh IdP redirect.
    const connection = chooseConnection(sim, signIn.identifier, request.body.get('enterprise_connection_id'))
    signIn.firstFactor = startEnterpriseSso(sim, connection, request.body.require('redirect_url'))
    return
  }
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
        channel: phoneChannelOf(sim, request.body),
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
}

function prepareFirstFactor(sim: Simulation, request: FapiRequest) {
  const signIn = ungatedSignInOf(sim, request)
  prepareFactor(sim, signIn, request.body.require('strategy'), request)
  return reply(sim, signIn)
}

async function attemptFirstFactor(sim: Simulation, request: FapiRequest) {
  const signIn = ungatedSignInOf(sim, request)
  const strategy = request.body.require('strategy')
  if (strategy === 'passkey') {
    // A discoverable sign-in (no identifier yet) learns whose passkey it is from the credential.
    const known = userOf(sim, signIn)
    const candidates = known ? [known] : [...sim.store.users.values()]
    signInWithPasskey(sim, signIn, await attemptPasskey(sim, signIn.firstFactor, request, candidates))
    return reply(sim, signIn)
  }
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
  const signIn = ungatedSignInOf(sim, request)
  const strategy = request.body.require('strategy')
  const factors = secondFactorsFor(sim, signIn) ?? []
  const id = request.body.get('email_address_id') ?? request.body.get('phone_number_id')
  const factor = factors.find(
    (candidate) =>
      candidate.strategy === strategy &&
      (id === undefined || candidate.emailAddressId === id || candidate.phoneNumberId === id),
  )
  const user = userOf(sim, signIn)
  if (strategy === 'passkey' && factor && user) {
    signIn.secondFactor = startPasskey(sim, request, user)
    return reply(sim, signIn)
  }
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

async function attemptSecondFactor(sim: Simulation, request: FapiRequest) {
  const signIn = ungatedSignInOf(sim, request)
  const strategy = request.body.require('strategy')
  const user = userOf(sim, signIn)
  const offered = (secondFactorsFor(sim, signIn) ?? []).some((factor) => factor.strategy === strategy)
  if (!user || !offered) throw errors.strategyInvalid(strategy)
  if (strategy === 'passkey') {
    await attemptPasskey(sim, signIn.secondFactor, request, [user])
    user.trustedClientIds.add(sim.store.client.id)
    completeSignIn(sim, signIn, user)
    return reply(sim, signIn)
  }
  const code = request.body.require('code')
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
  const signIn = ungatedSignInOf(sim, request)
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

export const signInFactorRoutes: Route[] = [
  { method: 'POST', pattern: '/client/sign_ins/:id/prepare_first_factor', handle: prepareFirstFactor },
  { method: 'POST', pattern: '/client/sign_ins/:id/attempt_first_factor', handle: attemptFirstFactor },
  { method: 'POST', pattern: '/client/sign_ins/:id/prepare_second_factor', handle: prepareSecondFactor },
  { method: 'POST', pattern: '/client/sign_ins/:id/attempt_second_factor', handle: attemptSecondFactor },
  { method: 'POST', pattern: '/client/sign_ins/:id/reset_password', handle: resetPassword },
]
