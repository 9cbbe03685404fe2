import { slugify } from './resolve'
import type { SandboxConfig } from './types'

/** Thrown by `createSandbox` for a config it cannot run; the message names the offending key. */
export class SandboxConfigError extends Error {
  constructor(
    /** The path of the bad key, e.g. `instance.firstFactors[1]`. */
    readonly key: string,
    problem: string,
  ) {
    super(`createSandbox: ${key} ${problem}`)
    this.name = 'SandboxConfigError'
  }
}

type Check = (value: unknown, key: string) => void

const describe = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value))

const string: Check = (value, key) => {
  if (typeof value !== 'string' || value === '')
    throw new SandboxConfigError(key, `must be a non-empty string (got ${describe(value)})`)
}
const boolean: Check = (value, key) => {
  if (typeof value !== 'boolean') throw new SandboxConfigError(key, `must be true or false (got ${describe(value)})`)
}
const positiveInteger: Check = (value, key) => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    throw new SandboxConfigError(key, `must be a positive integer (got ${describe(value)})`)
}
const oneOf =
  (...allowed: string[]): Check =>
  (value, key) => {
    if (typeof value !== 'string' || !allowed.includes(value))
      throw new SandboxConfigError(key, `must be one of ${allowed.join(', ')} (got ${describe(value)})`)
  }
const arrayOf =
  (item: Check): Check =>
  (value, key) => {
    if (!Array.isArray(value)) throw new SandboxConfigError(key, `must be an array (got ${describe(value)})`)
    value.forEach((entry, index) => {
      item(entry, `${key}[${index}]`)
    })
  }
const object =
  (shape: Record<string, Check>): Check =>
  (value, key) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new SandboxConfigError(key, `must be an object (got ${describe(value)})`)
    for (const [name, entry] of Object.entries(value)) {
      const path = key ? `${key}.${name}` : name
      const check = shape[name]
      if (!check) throw new SandboxConfigError(path, `is not a known setting (known: ${Object.keys(shape).join(', ')})`)
      if (entry !== undefined) check(entry, path)
    }
  }
const either =
  (...checks: Check[]): Check =>
  (value, key) => {
    const failures: string[] = []
    for (const check of checks) {
      try {
        check(value, key)
        return
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error))
      }
    }
    throw new SandboxConfigError(key, `is not valid: ${failures.join('; or ')}`)
  }

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
  password: object({ minLength: positiveInteger, compromised: arrayOf(string) }),
  enumerationProtection: boolean,
  oauth: arrayOf(oauthProvider),
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

/** Checks the shape of every key, then the rules that span keys. Throws `SandboxConfigError`. */
export function validateConfig(config: unknown): asserts config is SandboxConfig {
  configShape(config ?? {}, '')
  const { users = [], organizations = [], instance = {} } = (config ?? {}) as SandboxConfig

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
    user.organizations?.forEach((membership, position) => {
      const reference = typeof membership === 'string' ? membership : membership.organization
      const known = organizations.some((organization) =>
        [organization.slug ?? slugify(organization.name), organization.name].includes(reference),
      )
      if (!known)
        throw new SandboxConfigError(
          `${key}.organizations[${position}]`,
          `names "${reference}", which is not in config.organizations`,
        )
    })
  })
}
