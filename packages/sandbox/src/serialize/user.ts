import type {
  EmailAddressJSON,
  EnterpriseAccountJSON,
  ExternalAccountJSON,
  PhoneNumberJSON,
  UserJSON,
  VerificationJSON,
} from '@clerk/shared/types'
import { hasSecondFactor } from '../domain/second-factors'
import { newVerification } from '../domain/verification'
import { verifiedPasskeysOf } from '../passkeys/registered'
import type { EmailRecord, EnterpriseAccountRecord, PhoneRecord, UserRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { isVerified } from '../state/store'
import { serializeMemberships } from './organizations'
import { serializePasskey } from './passkey'
import { serializeVerification } from './verification'

const verified = (strategy: string) => serializeVerification(newVerification(strategy, 'verified')) as VerificationJSON

/** An email address as `EmailAddressJSON` (its verification `null` until a code or link was sent). */
export function serializeEmailAddress(user: UserRecord, email: EmailRecord): EmailAddressJSON {
  return {
    object: 'email_address',
    id: email.id,
    email_address: email.address,
    verification: serializeVerification(email.verification) as VerificationJSON,
    linked_to: user.externalAccounts
      .filter((account) => account.emailAddress.toLowerCase() === email.address.toLowerCase())
      .map((account) => ({ id: account.id, type: `oauth_${account.provider}`, object: 'identification_link' })),
    matches_sso_connection: false,
  }
}

/** A phone number as `PhoneNumberJSON`; `backupCodes` only in the answer that reserved it for 2FA. */
export function serializePhoneNumber(phone: PhoneRecord, backupCodes?: string[]): PhoneNumberJSON {
  return {
    object: 'phone_number',
    id: phone.id,
    phone_number: phone.number,
    reserved_for_second_factor: phone.reservedForSecondFactor,
    default_second_factor: phone.defaultSecondFactor,
    linked_to: [],
    verification: serializeVerification(phone.verification) as VerificationJSON,
    ...(backupCodes ? { backup_codes: backupCodes } : {}),
  }
}

/** An enterprise account with its connection, as `EnterpriseAccountJSON`. */
function serializeEnterpriseAccount(sim: Simulation, account: EnterpriseAccountRecord): EnterpriseAccountJSON {
  const connection = sim.instance.enterpriseConnections.find((candidate) => candidate.id === account.connectionId)
  const protocol = connection?.protocol === 'saml' ? 'saml' : 'oauth'
  const provider = (protocol === 'saml' ? 'saml_custom' : 'oauth_custom') as EnterpriseAccountJSON['provider']
  return {
    object: 'enterprise_account',
    id: account.id,
    active: true,
    email_address: account.emailAddress,
    first_name: account.firstName,
    last_name: account.lastName,
    protocol,
    provider,
    provider_user_id: account.providerUserId,
    public_metadata: {},
    verification: verified('enterprise_sso'),
    last_authenticated_at: account.lastAuthenticatedAt,
    enterprise_connection_id: account.connectionId,
    enterprise_connection: connection
      ? {
          object: 'enterprise_connection',
          id: connection.id,
          name: connection.name,
          active: true,
          allow_idp_initiated: false,
          allow_subdomains: connection.allowSubdomains,
          disable_additional_identifications: false,
          domain: connection.domains[0] ?? '',
          logo_public_url: null,
          protocol,
          provider,
          sync_user_attributes: true,
          allow_organization_account_linking: false,
          enterprise_connection_id: connection.id,
          created_at: 0,
          updated_at: 0,
        }
      : null,
  } as EnterpriseAccountJSON
}

/** A user as `UserJSON`, with every identification, second factor and membership. */
export function serializeUser(sim: Simulation, user: UserRecord): UserJSON {
  const email_addresses = user.emails.map((email) => serializeEmailAddress(user, email))
  const phone_numbers = user.phones.map((phone) => serializePhoneNumber(phone))
  const external_accounts = user.externalAccounts.map(
    (account) =>
      ({
        object: 'external_account',
        id: account.id,
        provider: account.provider,
        identification_id: account.id,
        provider_user_id: account.providerUserId,
        approved_scopes: 'email profile',
        email_address: account.emailAddress,
        first_name: account.firstName ?? '',
        last_name: account.lastName ?? '',
        image_url: '',
        username: '',
        phone_number: '',
        public_metadata: {},
        label: '',
        verification: verified(`oauth_${account.provider}`),
      }) as ExternalAccountJSON,
  )
  const totpEnabled = user.totpSecret !== null
  const backupCodeEnabled = user.backupCodes.length > 0
  const primaryEmail = user.emails.find(isVerified)
  const primaryPhone = user.phones.find(isVerified)
  return {
    object: 'user',
    id: user.id,
    external_id: null,
    primary_email_address_id: primaryEmail?.id ?? null,
    primary_phone_number_id: primaryPhone?.id ?? null,
    primary_web3_wallet_id: null,
    image_url: '',
    has_image: false,
    username: user.username,
    email_addresses,
    phone_numbers,
    web3_wallets: [],
    external_accounts,
    enterprise_accounts: user.enterpriseAccounts.map((account) => serializeEnterpriseAccount(sim, account)),
    passkeys: verifiedPasskeysOf(user).map((passkey) => serializePasskey(passkey)),
    organization_memberships: serializeMemberships(sim, sim.store.membershipsOf(user.id)),
    password_enabled: user.password !== null,
    profile_image_id: '',
    first_name: user.firstName,
    last_name: user.lastName,
    totp_enabled: totpEnabled,
    backup_code_enabled: backupCodeEnabled,
    two_factor_enabled: hasSecondFactor(user),
    public_metadata: {},
    unsafe_metadata: user.unsafeMetadata,
    last_sign_in_at: user.lastSignInAt,
    create_organization_enabled: sim.instance.organizations.allowCreation,
    create_organizations_limit: null,
    delete_self_enabled: true,
    legal_accepted_at: user.legalAcceptedAt,
    timezone: null,
    created_at: user.createdAt,
    updated_at: user.updatedAt,
  }
}
