import type {
  FieldRequirement,
  FirstFactorStrategy,
  IdentifierName,
  InstanceConfig,
  OAuthProviderName,
  PhoneChannel,
  SecondFactorStrategy,
  SignUpFieldName,
} from './types'

/** The instance config with every default filled in: what the simulator reads. */
export interface Instance {
  applicationName: string
  identifiers: IdentifierName[]
  firstFactors: FirstFactorStrategy[]
  signUp: {
    mode: 'public' | 'restricted' | 'waitlist'
    fields: Record<SignUpFieldName, FieldRequirement>
    legalConsent: boolean
    emailVerification: 'email_code' | 'email_link'
  }
  clientTrust: boolean
  mfa: { strategies: SecondFactorStrategy[]; required: boolean }
  organizations: { enabled: boolean; forceSelection: boolean; allowCreation: boolean; domains: boolean }
  password: PasswordPolicy
  enumerationProtection: boolean
  oauth: OAuthProviderName[]
  enterpriseConnections: EnterpriseConnection[]
  phoneChannels: PhoneChannel[]
  passkeys: { enabled: boolean; secondFactor: boolean; autofill: boolean }
  protect: { signIn: boolean; signUp: boolean }
  testCode: string | null
  codeLifetimeSeconds: number
  rateLimit: { maxCodes: number; windowSeconds: number }
  maxCodeAttempts: number
  termsUrl: string
  privacyPolicyUrl: string
}

/** The password rules, as the environment's `password_settings` states them. */
export interface PasswordPolicy {
  minLength: number
  maxLength: number
  requireNumbers: boolean
  requireSpecialChar: boolean
  requireUppercase: boolean
  requireLowercase: boolean
  /** Characters that count as special (Clerk's default set). */
  specialCharacters: string
  compromised: string[]
}

/** An enterprise connection with its id. */
export interface EnterpriseConnection {
  id: string
  name: string
  domains: string[]
  protocol: 'saml' | 'oidc'
  allowSubdomains: boolean
}

/** Clerk's default `allowed_special_characters`. */
export const SPECIAL_CHARACTERS = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'

/** clerk-js caps `max_length` at 72 whatever the environment says. */
const MAX_PASSWORD_LENGTH = 72

/** Fills in defaults. `hasOrganizations` turns organizations on when the config lists some. */
export function resolveInstance(config: InstanceConfig = {}, hasOrganizations = false): Instance {
  const identifiers = config.identifiers ?? ['email_address']
  const firstFactors = config.firstFactors ?? ['password', 'email_code']
  const asIdentifier = (name: IdentifierName, whenIdentifier: FieldRequirement): FieldRequirement =>
    identifiers.includes(name) ? whenIdentifier : 'off'
  const fields: Record<SignUpFieldName, FieldRequirement> = {
    email_address: asIdentifier('email_address', 'required'),
    phone_number: asIdentifier('phone_number', identifiers.includes('email_address') ? 'optional' : 'required'),
    username: asIdentifier('username', 'optional'),
    first_name: 'off',
    last_name: 'off',
    password: firstFactors.includes('password') ? 'required' : 'off',
    ...config.signUp?.fields,
  }
  return {
    applicationName: config.applicationName ?? 'Flowkit Sandbox',
    identifiers,
    firstFactors,
    signUp: {
      mode: config.signUp?.mode ?? 'public',
      fields,
      legalConsent: config.signUp?.legalConsent ?? false,
      emailVerification: config.signUp?.emailVerification ?? 'email_code',
    },
    clientTrust: config.clientTrust ?? false,
    mfa: { strategies: config.mfa?.strategies ?? [], required: config.mfa?.required ?? false },
    organizations: {
      enabled: config.organizations?.enabled ?? (hasOrganizations || config.organizations !== undefined),
      forceSelection: config.organizations?.forceSelection ?? false,
      allowCreation: config.organizations?.allowCreation ?? true,
      domains: config.organizations?.domains ?? false,
    },
    password: {
      minLength: config.password?.minLength ?? 8,
      maxLength: config.password?.maxLength ?? MAX_PASSWORD_LENGTH,
      requireNumbers: config.password?.requireNumbers ?? false,
      requireSpecialChar: config.password?.requireSpecialChar ?? false,
      requireUppercase: config.password?.requireUppercase ?? false,
      requireLowercase: config.password?.requireLowercase ?? false,
      specialCharacters: SPECIAL_CHARACTERS,
      compromised: config.password?.compromised ?? [],
    },
    enumerationProtection: config.enumerationProtection ?? false,
    oauth: config.oauth ?? [],
    enterpriseConnections: (config.enterpriseConnections ?? []).map((connection, index) => ({
      id: connection.id ?? `ent_${index + 1}`,
      name: connection.name,
      domains: connection.domains.map((domain) => domain.toLowerCase()),
      protocol: connection.protocol,
      allowSubdomains: connection.allowSubdomains ?? false,
    })),
    phoneChannels: config.phoneChannels ?? ['sms'],
    passkeys: {
      enabled: config.passkeys?.enabled ?? false,
      secondFactor: config.passkeys?.secondFactor ?? false,
      autofill: config.passkeys?.autofill ?? false,
    },
    protect: { signIn: config.protect?.signIn ?? false, signUp: config.protect?.signUp ?? false },
    testCode: config.testCode ?? null,
    codeLifetimeSeconds: config.codeLifetimeSeconds ?? 600,
    rateLimit: { maxCodes: config.rateLimit?.maxCodes ?? 5, windowSeconds: config.rateLimit?.windowSeconds ?? 60 },
    maxCodeAttempts: config.maxCodeAttempts ?? 5,
    termsUrl: config.termsUrl ?? 'https://flowkit.localhost/terms',
    privacyPolicyUrl: config.privacyPolicyUrl ?? 'https://flowkit.localhost/privacy',
  }
}

/** `Acme Inc.` → `acme-inc`: the slug an organization gets when the config gives none. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
