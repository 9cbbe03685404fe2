import type { SignUpJSON, SignUpVerificationJSON } from '@clerk/shared/types'
import { serializeProtectCheck } from '../domain/protect'
import { signUpStatus } from '../domain/sign-up-progress'
import { missingFields, optionalFields, requiredFields, unverifiedFields } from '../domain/sign-up-requirements'
import type { SignUpRecord, VerificationRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { serializeVerification } from './verification'

function signUpVerification(
  verification: VerificationRecord | null,
  supportedStrategies: string[],
): SignUpVerificationJSON | null {
  const json = serializeVerification(verification)
  if (!json || !verification) return null
  const nextAction = verification.status === 'verified' ? '' : verification.expireAt ? 'needs_attempt' : 'needs_prepare'
  return { ...json, next_action: nextAction, supported_strategies: supportedStrategies }
}

/** A sign-up as `SignUpJSON`, with its required, missing and unverified fields computed. */
export function serializeSignUp(sim: Simulation, signUp: SignUpRecord): SignUpJSON {
  return {
    object: 'sign_up',
    id: signUp.id,
    status: signUpStatus(sim, signUp),
    required_fields: requiredFields(sim),
    optional_fields: optionalFields(sim),
    missing_fields: signUp.status === 'complete' ? [] : missingFields(sim, signUp),
    unverified_fields: signUp.status === 'complete' ? [] : unverifiedFields(signUp),
    username: signUp.username,
    first_name: signUp.firstName,
    last_name: signUp.lastName,
    email_address: signUp.emailAddress,
    phone_number: signUp.phoneNumber,
    web3_wallet: null,
    external_account_strategy: signUp.enterpriseAccount
      ? 'enterprise_sso'
      : signUp.externalAccount
        ? `oauth_${signUp.externalAccount.provider}`
        : null,
    external_account: null,
    has_password: signUp.password !== null,
    unsafe_metadata: signUp.unsafeMetadata,
    created_session_id: signUp.createdSessionId,
    created_user_id: signUp.createdUserId,
    abandon_at: signUp.abandonAt,
    legal_accepted_at: signUp.legalAcceptedAt,
    protect_check: serializeProtectCheck(sim, signUp.protectCheck),
    locale: signUp.locale,
    timezone: null,
    verifications: {
      email_address: signUpVerification(signUp.emailVerification, [sim.instance.signUp.emailVerification]),
      phone_number: signUpVerification(signUp.phoneVerification, ['phone_code']),
      web3_wallet: null,
      // Enterprise SSO shows as the external account's verification, as clerk-js's sso() reads it.
      external_account: serializeVerification(
        signUp.enterpriseAccount?.verification ?? signUp.externalAccount?.verification ?? null,
      ),
      // Clerk sends null for verifications that have not started; the type says they always exist.
    } as unknown as SignUpJSON['verifications'],
  } as SignUpJSON
}
