/** What a user signs in with. */
export type IdentifierName = 'email_address' | 'phone_number' | 'username'

/** First-factor strategies the instance offers. */
export type FirstFactorStrategy = 'password' | 'email_code' | 'phone_code' | 'email_link'

/** Second-factor (MFA) strategies the instance offers. */
export type SecondFactorStrategy = 'totp' | 'phone_code' | 'email_code' | 'backup_code'

/** Fields a sign-up can collect (besides `legal_accepted`, see `signUp.legalConsent`). */
export type SignUpFieldName = 'email_address' | 'phone_number' | 'username' | 'first_name' | 'last_name' | 'password'

/** Whether sign-up asks for a field: must give it, may give it, or never sees it. */
export type FieldRequirement = 'required' | 'optional' | 'off'

/** How a phone code can be sent: a text message, or a WhatsApp message. */
export type PhoneChannel = 'sms' | 'whatsapp'

/** OAuth providers the sandbox can simulate (`oauth_<provider>` strategies). */
export type OAuthProviderName = 'google' | 'github' | 'apple' | 'microsoft' | 'facebook' | 'gitlab' | 'discord'

/** The instance's settings, as the Clerk Dashboard would configure them. Every key is optional. */
export interface InstanceConfig {
  /** Shown by Clerk's UI; default `Flowkit Sandbox`. */
  applicationName?: string
  /** Identifiers users sign in with; default `['email_address']`. */
  identifiers?: IdentifierName[]
  /** First factors offered at sign-in; default `['password', 'email_code']`. */
  firstFactors?: FirstFactorStrategy[]
  /** Who may sign up, what they are asked for, and how their email is verified. */
  signUp?: {
    /** `public` (default), `restricted` (invitation only) or `waitlist`. */
    mode?: 'public' | 'restricted' | 'waitlist'
    /**
     * Per field: required, optional or off. Defaults: `email_address` required when it is an identifier,
     * `phone_number`/`username` optional when they are identifiers, `password` required when `password` is a
     * first factor, names off.
     */
    fields?: Partial<Record<SignUpFieldName, FieldRequirement>>
    /** Sign-up requires accepting the terms (`legal_accepted`); default false. */
    legalConsent?: boolean
    /** How a new email address is verified; default `email_code`. */
    emailVerification?: 'email_code' | 'email_link'
  }
  /** New-device verification after a correct password (`needs_client_trust`); default false. */
  clientTrust?: boolean
  /** Multi-factor authentication. */
  mfa?: {
    /** Second factors users may enrol in; default `[]`. */
    strategies?: SecondFactorStrategy[]
    /** Users without a second factor get the `setup-mfa` session task; default false. */
    required?: boolean
  }
  /** Organizations and how sessions pick one. */
  organizations?: {
    /** Default true when any organization is configured. */
    enabled?: boolean
    /** Users must pick an organization: sessions start pending with the `choose-organization` task. */
    forceSelection?: boolean
    /** Users may create organizations; default true. */
    allowCreation?: boolean
    /** Verified domains turn into suggestions for users with a matching email; default false. */
    domains?: boolean
  }
  /** Password policy for new passwords (the environment's `password_settings`, enforced at sign-up and resets). */
  password?: {
    /** Minimum length for new passwords; default 8. */
    minLength?: number
    /** Maximum length; default 72 (clerk-js never allows more). */
    maxLength?: number
    /** At least one digit (`form_password_no_number`). */
    requireNumbers?: boolean
    /** At least one of the allowed special characters (`form_password_no_special_char`). */
    requireSpecialChar?: boolean
    /** At least one upper-case letter (`form_password_no_uppercase`). */
    requireUppercase?: boolean
    /** At least one lower-case letter (`form_password_no_lowercase`). */
    requireLowercase?: boolean
    /** Passwords treated as found in a breach: refused at sign-up and reset, and a sign-in with one of them gets the `reset-password` task. */
    compromised?: string[]
  }
  /** Strict enumeration protection: sign-in never reveals whether an account exists; default false. */
  enumerationProtection?: boolean
  /** OAuth providers shown in the environment; default `[]`. */
  oauth?: OAuthProviderName[]
  /** Enterprise SSO connections (SAML or OIDC): an email on one of their domains signs in there. */
  enterpriseConnections?: EnterpriseConnectionConfig[]
  /** How phone codes can be sent; default `['sms']`. `whatsapp` lets `channel: 'whatsapp'` through. */
  phoneChannels?: PhoneChannel[]
  /** Passkeys (WebAuthn): sign in with one, and register them from a signed-in session. */
  passkeys?: {
    /** Passkeys as a first factor, and `/me/passkeys` for registering them; default false. */
    enabled?: boolean
    /** Passkeys as a second factor for users who have one; default false. */
    secondFactor?: boolean
    /** The environment allows autofill (conditional UI); default false. */
    autofill?: boolean
  }
  /** Clerk Protect mid-flow challenges: sign-ins and/or sign-ups must pass one before going on. */
  protect?: {
    /** A new sign-in with an identifier answers `needs_protect_check`; default false. */
    signIn?: boolean
    /** A new sign-up lists `protect_check` among its missing fields; default false. */
    signUp?: boolean
  }
  /** A fixed code accepted in addition to the one in the outbox (e.g. `'424242'`); off unless set. */
  testCode?: string
  /** How long a sent code or link stays valid; default 600 s. */
  codeLifetimeSeconds?: number
  /** At most this many codes per identifier per window, then 429 with `retry-after`; default 5 per 60 s. */
  rateLimit?: { maxCodes?: number; windowSeconds?: number }
  /** Wrong codes allowed before the verification fails for good; default 5. */
  maxCodeAttempts?: number
  /** Terms of service link shown next to legal consent (environment `display_config.terms_url`). */
  termsUrl?: string
  /** Privacy policy link shown next to legal consent (environment `display_config.privacy_policy_url`). */
  privacyPolicyUrl?: string
}

/** An enterprise SSO connection: users whose email is on one of its domains authenticate at its IdP. */
export interface EnterpriseConnectionConfig {
  /** Default `ent_1`, `ent_2`, … in order. */
  id?: string
  /** Shown by Clerk's UI when several connections match, e.g. `Acme Okta`. */
  name: string
  /** Email domains that belong to it, e.g. `['acme.com']`. */
  domains: string[]
  protocol: 'saml' | 'oidc'
  /** Subdomains of its domains (`eu.acme.com`) belong to it too; default false. */
  allowSubdomains?: boolean
}

/** A passkey a configured user registered before the test (an ES256 WebAuthn credential). */
export interface SandboxPasskey {
  /** The credential id, base64url, as the authenticator reports it. */
  credentialId: string
  /** The credential's P-256 public key: a JWK (`{ kty: 'EC', crv: 'P-256', x, y }`) or a COSE key in base64url. */
  publicKey: JsonWebKey | string
  /** Shown on the user's profile; default `Passkey`. */
  name?: string
}

/** An invitation that exists before the test: its link signs the invitee up (or, for an organization, in). */
export interface SandboxInvitation {
  emailAddress: string
  /** The ticket in the link; default a deterministic one. */
  ticket?: string
  /** The invitation has expired (`ticket_expired_code`). */
  expired?: boolean
  /** The invitation was already used (`ticket_invalid_code`). */
  used?: boolean
  /** An organization invitation (by slug or name): the invitee joins it. */
  organization?: string
}

/** An organization membership of a configured user: the organization's slug or id, and a role. */
export type UserMembership = string | { organization: string; role?: 'org:admin' | 'org:member' }

/** A user that exists in the instance before the test starts. */
export interface SandboxUser {
  /** A verified email address (the user needs at least one of emailAddress, phoneNumber, username). */
  emailAddress?: string
  /** A verified phone number in E.164 form, e.g. `+15555550100`. */
  phoneNumber?: string
  username?: string
  /** Without one, the user can only sign in with codes, links or OAuth. */
  password?: string
  firstName?: string
  lastName?: string
  /** Enrols the user in TOTP: codes are checked with RFC 6238 against `sandbox.clock`. */
  totp?: { secret: string }
  /** Unused backup codes; each is accepted once. */
  backupCodes?: string[]
  /** Use the phone number as an SMS second factor. */
  mfaPhone?: boolean
  /** Use the email address as an email-code second factor. */
  mfaEmail?: boolean
  /** Memberships, by organization slug or id. */
  organizations?: UserMembership[]
  /** The browser under test is one the user has verified before, so client trust does not apply. */
  knownClient?: boolean
  /** The password has been found in a breach: signing in with it adds the `reset-password` task. */
  passwordCompromised?: boolean
  /** OAuth accounts already linked to this user (`google`, `github`, …). */
  oauth?: OAuthProviderName[]
  /** Passkeys already registered (see also `sandbox.passkeys.register`). */
  passkeys?: SandboxPasskey[]
}

/** An organization that exists before the test starts. */
export interface SandboxOrganization {
  /** Shown to users; also accepted wherever an organization is referenced. */
  name: string
  /** Default: derived from the name. */
  slug?: string
  /** Email addresses with a pending invitation. */
  invitations?: string[]
  /** Verified domains (e.g. `acme.com`): users with a matching email get a suggestion. */
  domains?: string[]
}

/** Everything `createSandbox` accepts. */
export interface SandboxConfig {
  /** The instance's settings (spread a preset: `{ ...presets.emailCode, users }`). */
  instance?: InstanceConfig
  /** Users that exist before the test starts; ids `user_1`, `user_2`, … in this order. */
  users?: SandboxUser[]
  /** Organizations that exist before the test starts; ids `org_1`, … in this order. */
  organizations?: SandboxOrganization[]
  /** Invitations that exist before the test starts (see also `sandbox.invite`). */
  invitations?: SandboxInvitation[]
  /** Seeds the code generator: same seed, same codes; default 1. */
  seed?: number
  /** The fake Frontend API host; default `clerk.flowkit.localhost`. */
  host?: string
}
