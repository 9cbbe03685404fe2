// The simulator's in-memory records: plain data, keyed by deterministic ids. Serializers turn them
// into the JSON clerk-js reads; route handlers change them.
import type { ClerkErrorJSON } from '../api/errors'
import type { IdentifierName, OAuthProviderName } from '../config/types'

/**
 * An email address of a user. `verification` is null for one just added (`POST /me/email_addresses`),
 * pending once a code or link was sent, and verified for one the user has proven (seeded ones are).
 */
export interface EmailRecord {
  id: string
  address: string
  verification: VerificationRecord | null
}

/** A phone number of a user; verified like an email address, and usable for SMS two-step verification. */
export interface PhoneRecord {
  id: string
  number: string
  verification: VerificationRecord | null
  /** Reserved for two-step verification (`PATCH /me/phone_numbers/:id` with `reserved_for_second_factor`). */
  reservedForSecondFactor: boolean
  /** The number second-factor codes go to first. */
  defaultSecondFactor: boolean
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

/** A WebAuthn ceremony the sandbox started: what it will accept back. */
export interface PasskeyChallenge {
  /** base64url */
  challenge: string
  rpId: string
  /** The page's origin, when the request named it; else any origin on the rpId's host is accepted. */
  origin: string | null
}

/** A passkey of a user: an ES256 credential (pending until its registration is verified). */
export interface PasskeyRecord {
  id: string
  /** base64url; null while the registration is pending. */
  credentialId: string | null
  publicKey: JsonWebKey | null
  name: string
  signCount: number
  /** The registration ceremony in progress (`POST /me/passkeys`) and its creation options (JSON), until verified. */
  registration: (PasskeyChallenge & { expireAt: number; nonce: string }) | null
  lastUsedAt: number | null
  createdAt: number
  updatedAt: number
}

/** Who the user is at an enterprise connection's IdP, as the IdP tells Clerk (SAML assertion / OIDC claims). */
export interface EnterpriseIdentity {
  connectionId: string
  emailAddress: string
  firstName: string | null
  lastName: string | null
  providerUserId: string
}

/** An enterprise account of a user: an identity at a connection, linked to the user. */
export interface EnterpriseAccountRecord extends EnterpriseIdentity {
  id: string
  lastAuthenticatedAt: number | null
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
  enterpriseAccounts: EnterpriseAccountRecord[]
  passkeys: PasskeyRecord[]
  totpSecret: string | null
  /** A secret being enrolled (`POST /me/totp`), not yet verified. */
  pendingTotpSecret: string | null
  backupCodes: string[]
  /** Email codes as a second factor (the instance's `email_code` MFA strategy). */
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
  /** Enterprise SSO: the connection whose IdP the browser was sent to. */
  connectionId: string | null
  /** Passkeys: the WebAuthn challenge sent, and the options clerk-js reads as `nonce` (JSON). */
  passkey: (PasskeyChallenge & { nonce: string }) | null
  error: ClerkErrorJSON | null
}

export type SignInStatus =
  | 'needs_identifier'
  | 'needs_first_factor'
  | 'needs_second_factor'
  | 'needs_client_trust'
  | 'needs_new_password'
  | 'complete'

/** A pending Clerk Protect challenge on a sign-in or sign-up (`protect_check`). */
export interface ProtectCheckRecord {
  token: string
  /** The word the challenge asks for (the end of the token). */
  word: string
  expiresAt: number
  /** A password sent with the gated create: checked once the challenge is passed, as if the create went on. */
  heldPassword: string | null
}

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
  /** Enterprise SSO: who the IdP said the user is (kept for a transfer to a sign-up). */
  enterpriseIdentity: EnterpriseIdentity | null
  /** A Protect challenge to pass before going on (status `needs_protect_check` meanwhile). */
  protectCheck: ProtectCheckRecord | null
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
  /** Enterprise SSO: the connection's verification, and who the IdP said the user is once back. */
  enterpriseAccount: {
    connectionId: string
    verification: VerificationRecord
    identity: EnterpriseIdentity | null
  } | null
  createdSessionId: string | null
  createdUserId: string | null
  /** The invitation ticket this sign-up was started with, redeemed when it completes. */
  ticket: string | null
  /** A Protect challenge to pass before the sign-up can complete (`protect_check` in missing fields). */
  protectCheck: ProtectCheckRecord | null
  createdAt: number
  abandonAt: number
}

/** Clerk's session tasks; any other string is a task a newer Clerk may add (see `startSession`). */
export type SessionTaskKey = 'choose-organization' | 'reset-password' | 'setup-mfa' | (string & {})

export interface SessionRecord {
  id: string
  userId: string
  status: 'active' | 'pending' | 'ended' | 'removed' | 'revoked'
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

/** Someone who asked to join while sign-ups are on a waitlist (`clerk.joinWaitlist`). */
export interface WaitlistEntryRecord {
  id: string
  emailAddress: string
  status: 'pending' | 'invited' | 'completed' | 'rejected'
  createdAt: number
  updatedAt: number
}

/** An invitation's ticket (`__clerk_ticket`): it proves the email address and may add a membership. */
export interface TicketRecord {
  ticket: string
  emailAddress: string
  /** An organization invitation's organization; null for an invitation to the application. */
  organizationId: string | null
  /** The organization invitation it belongs to (listed in `/me/organization_invitations`). */
  organizationInvitationId: string | null
  status: 'pending' | 'accepted' | 'revoked'
  expiresAt: number
  createdAt: number
}
