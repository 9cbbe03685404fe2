import { toEs256Jwk } from '../passkeys/cose'
import {
  arrayOf,
  boolean,
  describe,
  ecPublicJwk,
  either,
  object,
  oneOf,
  positiveInteger,
  SandboxConfigError,
  string,
} from './checks'
import { slugify } from './resolve'
import type { SandboxConfig } from './types'

export { SandboxConfigError }

const requirement = oneOf('required', 'optional', 'off')
const oauthProvider = oneOf('google', 'github', 'apple', 'microsoft', 'facebook', 'gitlab', 'discord')

const instanceShape = object({
  applicationName: string,
  identifiers: arrayOf(oneOf('email_address', 'phone_number', 'username')),
  firstFactors: arrayOf(oneOf('password', 'email_code', 'phone_code', 'email_link')),
  signUp: object({
    mode: oneOf('public', 'restricted', 'waitlist'),
    fields: object({
      email_address: requirement,
      phone_number: requirement,
      username: requirement,
      first_name: requirement,
      last_name: requirement,
      password: requirement,
    }),
    legalConsent: boolean,
    emailVerification: oneOf('email_code', 'email_link'),
  }),
  clientTrust: boolean,
  mfa: object({ strategies: arrayOf(oneOf('totp', 'phone_code', 'email_code', 'backup_code')), required: boolean }),
  organizations: object({ enabled: boolean, forceSelection: boolean, allowCreation: boolean, domains: boolean }),
  password: object({
    minLength: positiveInteger,
    maxLength: positiveInteger,
    requireNumbers: boolean,
    requireSpecialChar: boolean,
    requireUppercase: boolean,
    requireLowercase: boolean,
    compromised: arrayOf(string),
  }),
  enumerationProtection: boolean,
  oauth: arrayOf(oauthProvider),
  enterpriseConnections: arrayOf(
    object({
      id: string,
      name: string,
      domains: arrayOf(string),
      protocol: oneOf('saml', 'oidc'),
      allowSubdomains: boolean,
    }),
  ),
  phoneChannels: arrayOf(oneOf('sms', 'whatsapp')),
  passkeys: object({ enabled: boolean, secondFactor: boolean, autofill: boolean }),
  protect: object({ signIn: boolean, signUp: boolean }),
  testCode: string,
  codeLifetimeSeconds: positiveInteger,
  rateLimit: object({ maxCodes: positiveInteger, windowSeconds: positiveInteger }),
  maxCodeAttempts: positiveInteger,
  termsUrl: string,
  privacyPolicyUrl: string,
})

const userShape = object({
  emailAddress: string,
  phoneNumber: string,
  username: string,
  password: string,
  firstName: string,
  lastName: string,
  totp: object({ secret: string }),
  backupCodes: arrayOf(string),
  mfaPhone: boolean,
  mfaEmail: boolean,
  organizations: arrayOf(either(string, object({ organization: string, role: oneOf('org:admin', 'org:member') }))),
  knownClient: boolean,
  passwordCompromised: boolean,
  oauth: arrayOf(oauthProvider),
  passkeys: arrayOf(object({ credentialId: string, publicKey: either(string, ecPublicJwk), name: string })),
})

const invitationShape = object({
  emailAddress: string,
  ticket: string,
  expired: boolean,
  used: boolean,
  organization: string,
})

const organizationShape = object({
  name: string,
  slug: string,
  invitations: arrayOf(string),
  domains: arrayOf(string),
})

const configShape = object({
  instance: instanceShape,
  users: arrayOf(userShape),
  organizations: arrayOf(organizationShape),
  invitations: arrayOf(invitationShape),
  seed: (value, key) => {
    if (typeof value !== 'number' || !Number.isInteger(value))
      throw new SandboxConfigError(key, `must be an integer (got ${describe(value)})`)
  },
  host: (value, key) => {
    string(value, key)
    if (!String(value).endsWith('.localhost'))
      throw new SandboxConfigError(key, `must be a host under .localhost, so nothing can reach a real server`)
  },
})

const BASE32 = /^[A-Z2-7]+=*$/i
const BASE64URL = /^[A-Za-z0-9_-]+$/

/** Whether a config's organization reference (slug or name) names one of its organizations. */
const knownOrganization = (organizations: SandboxConfig['organizations'] = [], reference: string) =>
  organizations.some((organization) =>
    [organization.slug ?? slugify(organization.name), organization.name].includes(reference),
  )

function validateInstance(instance: NonNullable<SandboxConfig['instance']>): void {
  const { password } = instance
  const maxLength = password?.maxLength ?? 72
  if (maxLength > 72)
    throw new SandboxConfigError('instance.password.maxLength', 'must be 72 or less (clerk-js caps it)')
  if ((password?.minLength ?? 8) > maxLength)
    throw new SandboxConfigError('instance.password.minLength', 'must not exceed password.maxLength')
  if (instance.phoneChannels?.length === 0)
    throw new SandboxConfigError('instance.phoneChannels', 'must list at least one channel')
  const ids = new Set<string>()
  instance.enterpriseConnections?.forEach((connection, index) => {
    const key = `instance.enterpriseConnections[${index}]`
    for (const field of ['name', 'domains', 'protocol'] as const)
      if (connection[field] === undefined) throw new SandboxConfigError(`${key}.${field}`, 'is required')
    if (connection.domains.length === 0) throw new SandboxConfigError(`${key}.domains`, 'must list at least one domain')
    const id = connection.id ?? `ent_${index + 1}`
    if (ids.has(id)) throw new SandboxConfigError(`${key}.id`, `repeats "${id}"`)
    ids.add(id)
  })
}

/** Checks the shape of every key, then the rules that span keys. Throws `SandboxConfigError`. */
export function validateConfig(config: unknown): asserts config is SandboxConfig {
  configShape(config ?? {}, '')
  const { users = [], organizations = [], instance = {}, invitations = [] } = (config ?? {}) as SandboxConfig
  validateInstance(instance)

  if (instance.identifiers?.length === 0)
    throw new SandboxConfigError('instance.identifiers', 'must list at least one identifier')
  if (instance.firstFactors?.length === 0)
    throw new SandboxConfigError('instance.firstFactors', 'must list at least one strategy')

  const slugs = new Set<string>()
  organizations.forEach((organization, index) => {
    const slug = organization.slug ?? slugify(organization.name)
    if (slugs.has(slug)) throw new SandboxConfigError(`organizations[${index}].slug`, `repeats "${slug}"`)
    slugs.add(slug)
  })

  const identifiers = new Set<string>()
  users.forEach((user, index) => {
    const key = `users[${index}]`
    if (!user.emailAddress && !user.phoneNumber && !user.username)
      throw new SandboxConfigError(key, 'needs an emailAddress, phoneNumber or username')
    for (const field of ['emailAddress', 'phoneNumber', 'username'] as const) {
      const value = user[field]?.toLowerCase()
      if (!value) continue
      if (identifiers.has(value)) throw new SandboxConfigError(`${key}.${field}`, `repeats "${user[field]}"`)
      identifiers.add(value)
    }
    if (user.emailAddress && !user.emailAddress.includes('@'))
      throw new SandboxConfigError(`${key}.emailAddress`, `is not an email address ("${user.emailAddress}")`)
    if (user.phoneNumber && !/^\+\d{6,15}$/.test(user.phoneNumber))
      throw new SandboxConfigError(`${key}.phoneNumber`, `must be in E.164 form, e.g. +15555550100`)
    if (user.totp && !BASE32.test(user.totp.secret))
      throw new SandboxConfigError(`${key}.totp.secret`, 'must be base32 (A–Z, 2–7)')
    if (user.mfaPhone && !user.phoneNumber)
      throw new SandboxConfigError(`${key}.mfaPhone`, 'needs the user to have a phoneNumber')
    if (user.mfaEmail && !user.emailAddress)
      throw new SandboxConfigError(`${key}.mfaEmail`, 'needs the user to have an emailAddress')
    user.passkeys?.forEach((passkey, position) => {
      if (!BASE64URL.test(passkey.credentialId))
        throw new SandboxConfigError(`${key}.passkeys[${position}].credentialId`, 'must be base64url')
      try {
        toEs256Jwk(passkey.publicKey)
      } catch (error) {
        throw new SandboxConfigError(
          `${key}.passkeys[${position}].publicKey`,
          `is not an ES256 public key (${error instanceof Error ? error.message : String(error)})`,
        )
      }
    })
    user.organizations?.forEach((membership, position) => {
      const reference = typeof membership === 'string' ? membership : membership.organization
      if (!knownOrganization(organizations, reference))
        throw new SandboxConfigError(
          `${key}.organizations[${position}]`,
          `names "${reference}", which is not in config.organizations`,
        )
    })
  })

  const tickets = new Set<string>()
  invitations.forEach((invitation, index) => {
    const key = `invitations[${index}]`
    if (!invitation.emailAddress?.includes('@'))
      throw new SandboxConfigError(`${key}.emailAddress`, `is not an email address ("${invitation.emailAddress}")`)
    if (invitation.organization && !knownOrganization(organizations, invitation.organization))
      throw new SandboxConfigError(
        `${key}.organization`,
        `names "${invitation.organization}", which is not in config.organizations`,
      )
    if (invitation.ticket !== undefined) {
      if (tickets.has(invitation.ticket))
        throw new SandboxConfigError(`${key}.ticket`, `repeats "${invitation.ticket}"`)
      tickets.add(invitation.ticket)
    }
  })
}
