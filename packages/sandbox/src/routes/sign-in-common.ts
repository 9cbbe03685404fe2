import { errors } from '../api/errors'
import { withClient } from '../api/replies'
import type { FapiRequest } from '../api/request'
import { enterpriseFactorsFor } from '../domain/enterprise-connections'
import { isCompromised } from '../domain/passwords'
import { protectErrors } from '../domain/protect'
import { afterFirstFactor } from '../domain/sign-in-progress'
import { verifiedVerification } from '../domain/verification'
import { serializeSignIn } from '../serialize/sign-in'
import type { SignInRecord, UserRecord } from '../state/records'
import type { Simulation } from '../state/simulation'

// What every sign-in route shares: the record, how it is found, how it is answered.

const DAY = 24 * 60 * 60 * 1000

export const reply = (sim: Simulation, signIn: SignInRecord) => withClient(sim, serializeSignIn(sim, signIn))

/** A sign-in with nothing known yet (`needs_identifier`) and a fresh id, as every create gets. */
export function newSignIn(sim: Simulation): SignInRecord {
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
    enterpriseIdentity: null,
    protectCheck: null,
    createdSessionId: null,
    createdAt: now,
    abandonAt: now + DAY,
  }
}

/** The client's current sign-in with that id; Clerk answers 404 for any other. */
export function signInOf(sim: Simulation, request: FapiRequest): SignInRecord {
  const signIn = sim.store.signIns.get(request.params.id ?? '')
  if (!signIn || sim.store.client.signInId !== signIn.id) throw errors.notFound('Sign in')
  return signIn
}

/** The sign-in, for a step that must wait until its Protect challenge is passed. */
export function ungatedSignInOf(sim: Simulation, request: FapiRequest): SignInRecord {
  const signIn = signInOf(sim, request)
  if (signIn.protectCheck) throw protectErrors.required('sign-in')
  return signIn
}

export function userOf(sim: Simulation, signIn: SignInRecord): UserRecord | undefined {
  return signIn.userId ? sim.store.users.get(signIn.userId) : undefined
}

export function checkPassword(sim: Simulation, signIn: SignInRecord, password: string): void {
  // An email that must sign in through its enterprise connection has no password factor.
  if (enterpriseFactorsFor(sim, signIn).length > 0) throw errors.strategyInvalid('password')
  const user = userOf(sim, signIn)
  if (!user || user.password !== password) throw errors.passwordIncorrect()
  signIn.firstFactor = verifiedVerification(sim, 'password')
  signIn.passwordCompromised = isCompromised(sim, user, password)
  afterFirstFactor(sim, signIn, user, true)
}

/** Makes the sign-in the client's current one. */
export function keep(sim: Simulation, signIn: SignInRecord): void {
  sim.store.signIns.set(signIn.id, signIn)
  sim.store.client.signInId = signIn.id
}
