import type {
  EmailAddressJSON,
  ExternalAccountJSON,
  PhoneNumberJSON,
  UserJSON,
  VerificationJSON,
} from '@clerk/shared/types'
import { newVerification } from '../domain/verification'
import type { UserRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { serializeMemberships } from './organizations'
import { serializeVerification } from './verification'

const verified = (strategy: string) => serializeVerification(newVerification(strategy, 'verified')) as VerificationJSON

/** A user as `UserJSON`, with every identification, second factor and membership. */
export function serializeUser(sim: Simulation, user: UserRecord): UserJSON {
  const email_addresses: EmailAddressJSON[] = user.emails.map((email) => ({
    object: 'email_address',
    id: email.id,
    email_address: email.address,
    verification: verified('email_code'),
    linked_to: user.externalAccounts
      .filter((account) => account.emailAddress.toLowerCase() === email.address.toLowerCase())
      .map((account) => ({ id: account.id, type: `oauth_${account.provider}`, object: 'identification_link' })),
    matches_sso_connection: false,
  }))
  const phone_numbers: PhoneNumberJSON[] = user.phones.map((phone) => ({
    object: 'phone_number',
    id: phone.id,
    phone_number: phone.number,
    reserved_for_second_factor: false,
    default_second_factor: user.mfaPhone,
    linked_to: [],
    verification: verified('phone_code'),
  }))
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
  return {
    object: 'user',
    id: user.id,
    external_id: null,
    primary_email_address_id: user.emails[0]?.id ?? null,
    primary_phone_number_id: user.phones[0]?.id ?? null,
    primary_web3_wallet_id: null,
    image_url: '',
    has_image: false,
    username: user.username,
    email_addresses,
    phone_numbers,
    web3_wallets: [],
    external_accounts,
    enterprise_accounts: [],
    passkeys: [],
    organization_memberships: serializeMemberships(sim, sim.store.membershipsOf(user.id)),
    password_enabled: user.password !== null,
    profile_image_id: '',
    first_name: user.firstName,
    last_name: user.lastName,
    totp_enabled: totpEnabled,
    backup_code_enabled: backupCodeEnabled,
    two_factor_enabled: totpEnabled || backupCodeEnabled || user.mfaPhone || user.mfaEmail,
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
