// The simulator's in-memory records: plain data, keyed by deterministic ids. Serializers turn them
// into the JSON clerk-js reads; route handlers change them.
import type { ClerkErrorJSON } from '../api/errors'
import type { IdentifierName, OAuthProviderName } from '../config/types'

export interface EmailRecord {
  id: string
  address: string
  verified: boolean
}

export interface PhoneRecord {
  id: string
  number: string
  verified: boolean
}

export interface ExternalAccountRecord {
  id: string
  provider: OAuthProviderName
  providerUserId: string
  emailAddress: string
  firstName: string | null
  lastName: string | null
}

/** What a fake OAuth provider says about the person who signed in there. */
export interface ProviderAccount {
  provider: OAuthProviderName
  emailAddress: string
  firstName: string | null
  lastName: string | null
  providerUserId: string
}

export interface UserRecord {
  id: string
  firstName: string | null
  lastName: string | null
  username: string | null
  password: string | null
  passwordCompromised: boolean
  emails: EmailRecord[]
  phones: PhoneRecord[]
  externalAccounts: ExternalAccountRecord[]
  totpSecret: string | null
  /** A secret being enrolled (`POST /me/totp`), not yet verified. */
  pendingTotpSecret: string | null
  backupCodes: string[]
  mfaPhone: boolean
  mfaEmail: boolean
  /** Clients on which the user has verified (client trust). */
  trustedClientIds: Set<string>
  legalAcceptedAt: number | null
  unsafeMetadata: Record<string, unknown>
  lastSignInAt: number | null
  createdAt: number
  updatedAt: number
}

export type VerificationStatus = 'unverified' | 'verified' | 'transferable' | 'failed' | 'expired'

/** A verification in progress: what was sent, to whom, and what the server expects back. */
export interface VerificationRecord {
  status: VerificationStatus
  strategy: string
  attempts: number
  expireAt: number | null
  /** The code that was sent (null for password, TOTP, backup codes and links). */
  code: string | null
  /** The email address or phone number it was sent to. */
  target: string | null
  /** A token in an email link. */
  linkToken: string | null
  /** Where an email link or OAuth flow sends the browser afterwards. */
  redirectUrl: string | null
  /** OAuth: the fake provider's authorization URL the browser must visit. */
  externalRedirectUrl: string | null
  error: ClerkErrorJSON | null
}

export type SignInStatus =
  | 'needs_identifier'
  | 'needs_first_factor'
  | 'needs_second_factor'
  | 'needs_client_trust'
  | 'needs_new_password'
  | 'complete'

export interface SignInRecord {
  id: string
  status: SignInStatus
  identifier: string | null
  identifierKind: IdentifierName | null
  userId: string | null
  /**
   * The identifier has no account. `sign-up-if-missing`: verify it, then transfer to a sign-up.
   * `protected`: strict enumeration protection, the sign-in carries on without revealing it.
   */
  missingAccount: 'sign-up-if-missing' | 'protected' | null
  /** Stand-in identification ids for a missing account, so its factors look like a real user's. */
  missingIdentificationId: string | null
  firstFactor: VerificationRecord | null
  secondFactor: VerificationRecord | null
  /** The first factor was a compromised password: the session gets the `reset-password` task. */
  passwordCompromised: boolean
  /** OAuth: the provider account, once the user has been to the provider. */
  providerAccount: ProviderAccount | null
  createdSessionId: string | null
  createdAt: number
  abandonAt: number
}

export interface SignUpRecord {
  id: string
  status: 'missing_requirements' | 'complete' | 'abandoned'
  emailAddress: string | null
  phoneNumber: string | null
  username: string | null
  firstName: string | null
  lastName: string | null
  password: string | null
  legalAcceptedAt: number | null
  unsafeMetadata: Record<string, unknown>
  locale: string | null
  emailVerification: VerificationRecord | null
  phoneVerification: VerificationRecord | null
  externalAccount: {
    provider: OAuthProviderName
    verification: VerificationRecord
    /** The provider account, once the user has been to the provider. */
    account: ProviderAccount | null
  } | null
  createdSessionId: string | null
  createdUserId: string | null
  createdAt: number
  abandonAt: number
}

/** Clerk's session tasks; any other string is a task a newer Clerk may add (see `startSession`). */
export type SessionTaskKey = 'choose-organization' | 'reset-password' | 'setup-mfa' | (string & {})

export interface SessionRecord {
  id: string
  userId: string
  status: 'active' | 'pending' | 'ended' | 'removed'
  tasks: SessionTaskKey[]
  lastActiveOrganizationId: string | null
  createdAt: number
  updatedAt: number
  lastActiveAt: number
  expireAt: number
  abandonAt: number
}

export interface ClientRecord {
  id: string
  signInId: string | null
  signUpId: string | null
  sessionIds: string[]
  lastActiveSessionId: string | null
  lastAuthenticationStrategy: string | null
  createdAt: number
  updatedAt: number
}

export interface OrganizationRecord {
  id: string
  name: string
  slug: string
  domains: string[]
  createdAt: number
  updatedAt: number
}

export type OrganizationRole = 'org:admin' | 'org:member'

export interface MembershipRecord {
  id: string
  organizationId: string
  userId: string
  role: OrganizationRole
  createdAt: number
}

export interface InvitationRecord {
  id: string
  organizationId: string
  emailAddress: string
  status: 'pending' | 'accepted' | 'revoked'
  role: OrganizationRole
  createdAt: number
}

export interface SuggestionRecord {
  id: string
  organizationId: string
  userId: string
  status: 'pending' | 'accepted'
  createdAt: number
}
