import { errors } from '../api/errors'
import { withClient } from '../api/replies'
import type { FapiRequest } from '../api/request'
import type { Route } from '../api/router'
import { assertPasskeysEnabled } from '../domain/passkey-sign-in'
import {
  CEREMONY_TIMEOUT,
  challengeFor,
  checkRegistration,
  creationOptions,
  passkeyErrors,
} from '../passkeys/ceremonies'
import { serializePasskey } from '../serialize/passkey'
import type { PasskeyRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { meOf } from './current-user'

const passkeyReply = (sim: Simulation, passkey: PasskeyRecord) => withClient(sim, serializePasskey(passkey))

function passkeyOf(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  const passkey = user.passkeys.find((candidate) => candidate.id === request.params.id)
  if (!passkey) throw errors.notFound('Passkey')
  return { user, passkey }
}

/** `user.createPasskey()`, first half: a pending passkey whose verification carries the creation options. */
function create(sim: Simulation, request: FapiRequest) {
  assertPasskeysEnabled(sim)
  const user = meOf(sim, request)
  const now = sim.now()
  const challenge = challengeFor(sim, request)
  const passkey: PasskeyRecord = {
    id: sim.ids.next('idn'),
    credentialId: null,
    publicKey: null,
    name: 'Passkey',
    signCount: 0,
    registration: { ...challenge, expireAt: now + CEREMONY_TIMEOUT, nonce: creationOptions(sim, challenge, user) },
    lastUsedAt: null,
    createdAt: now,
    updatedAt: now,
  }
  user.passkeys.push(passkey)
  return passkeyReply(sim, passkey)
}

/** Second half: the authenticator's attestation (`public_key_credential`, strategy passkey), verified. */
async function attemptVerification(sim: Simulation, request: FapiRequest) {
  const { passkey } = passkeyOf(sim, request)
  const { registration } = passkey
  if (!registration) throw errors.forbidden('This passkey is already verified.')
  if (request.body.require('strategy') !== 'passkey') throw errors.strategyInvalid(request.body.require('strategy'))
  if (sim.now() > registration.expireAt) throw errors.verificationExpired()
  const { credentialId, publicKey, signCount } = await checkRegistration(
    registration,
    request.body.require('public_key_credential'),
  )
  const taken = [...sim.store.users.values()].some((user) =>
    user.passkeys.some((candidate) => candidate.credentialId === credentialId),
  )
  if (taken) throw passkeyErrors.registrationFailed('this credential is already registered')
  Object.assign(passkey, { credentialId, publicKey, signCount, registration: null, updatedAt: sim.now() })
  return passkeyReply(sim, passkey)
}

/** `passkey.update({ name })`. */
function update(sim: Simulation, request: FapiRequest) {
  const { passkey } = passkeyOf(sim, request)
  passkey.name = request.body.require('name')
  passkey.updatedAt = sim.now()
  return passkeyReply(sim, passkey)
}

/** `passkey.delete()`. */
function remove(sim: Simulation, request: FapiRequest) {
  const { user, passkey } = passkeyOf(sim, request)
  user.passkeys = user.passkeys.filter((candidate) => candidate !== passkey)
  return withClient(sim, { object: 'passkey', id: passkey.id, deleted: true })
}

/** A signed-in user's passkeys, as clerk-js's `Passkey` resource calls them. */
export const passkeyRoutes: Route[] = [
  { method: 'POST', pattern: '/me/passkeys', handle: create },
  { method: 'POST', pattern: '/me/passkeys/:id/attempt_verification', handle: attemptVerification },
  { method: 'PATCH', pattern: '/me/passkeys/:id', handle: update },
  { method: 'DELETE', pattern: '/me/passkeys/:id', handle: remove },
]
