import { ApiError, errors } from '../api/errors'
import type { FapiRequest } from '../api/request'
import type { SignUpFieldName } from '../config/types'
import { isEmail, isPhoneNumber } from '../domain/identifiers'
import { assertPasswordAllowed } from '../domain/passwords'
import type { SignUpRecord } from '../state/records'
import type { Simulation } from '../state/simulation'

// The fields a sign-up's create or update sets, validated as Clerk validates them.

/** An enterprise SSO start names the address it is for; the IdP, not this form, decides whose it is. */
const isEnterpriseStart = (request: FapiRequest) => request.body.get('strategy') === 'enterprise_sso'

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
export function applyFields(sim: Simulation, signUp: SignUpRecord, request: FapiRequest): void {
  const draft = { ...signUp }
  const problems: ApiError[] = []
  const fields = isEnterpriseStart(request) ? FIELD_PARAMS.filter((field) => field !== 'email_address') : FIELD_PARAMS
  for (const field of fields) {
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
