import type { SignInFirstFactorJSON, SignInJSON, SignInSecondFactorJSON } from '@clerk/shared/types'
import { type Factor, firstFactorsFor, secondFactorsFor } from '../domain/factors'
import { serializeProtectCheck } from '../domain/protect'
import type { SignInRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { serializeVerification } from './verification'

const factorJSON = (factor: Factor) => ({
  strategy: factor.strategy,
  ...(factor.safeIdentifier !== undefined ? { safe_identifier: factor.safeIdentifier } : {}),
  ...(factor.emailAddressId !== undefined ? { email_address_id: factor.emailAddressId } : {}),
  ...(factor.phoneNumberId !== undefined ? { phone_number_id: factor.phoneNumberId } : {}),
  ...(factor.primary !== undefined ? { primary: factor.primary } : {}),
  ...(factor.enterpriseConnectionId !== undefined
    ? {
        enterprise_connection_id: factor.enterpriseConnectionId,
        enterprise_connection_name: factor.enterpriseConnectionName,
      }
    : {}),
})

/** A sign-in as `SignInJSON`, its factors derived from the account and the instance. */
export function serializeSignIn(sim: Simulation, signIn: SignInRecord): SignInJSON {
  const user = signIn.userId ? sim.store.users.get(signIn.userId) : undefined
  const secondFactors = secondFactorsFor(sim, signIn)
  return {
    object: 'sign_in',
    id: signIn.id,
    status: signIn.protectCheck ? 'needs_protect_check' : signIn.status,
    supported_identifiers: sim.instance.identifiers,
    identifier: signIn.identifier ?? '',
    user_data: {
      ...(user?.firstName ? { first_name: user.firstName } : {}),
      ...(user?.lastName ? { last_name: user.lastName } : {}),
      image_url: '',
      has_image: false,
    },
    supported_first_factors: firstFactorsFor(sim, signIn).map(factorJSON) as SignInFirstFactorJSON[],
    supported_second_factors: secondFactors?.map(factorJSON) as SignInSecondFactorJSON[],
    first_factor_verification: serializeVerification(signIn.firstFactor),
    second_factor_verification: serializeVerification(signIn.secondFactor),
    created_session_id: signIn.createdSessionId,
    protect_check: serializeProtectCheck(sim, signIn.protectCheck),
    timezone: null,
    abandon_at: signIn.abandonAt,
  } as SignInJSON
}
