import type { SandboxConfig } from './types'

type Preset = Readonly<Required<Pick<SandboxConfig, 'instance'>>>

/**
 * The standard flow of Clerk's sign-in-or-up guide: email + password, new emails verified with a
 * code at sign-up, client trust on (a correct password on a new device asks for an email code).
 */
const emailPassword: Preset = {
  instance: {
    identifiers: ['email_address'],
    firstFactors: ['password'],
    signUp: { emailVerification: 'email_code' },
    clientTrust: true,
  },
}

/** The `signUpIfMissing` flow: email code as the first factor, legal consent required at sign-up. */
const emailCode: Preset = {
  instance: {
    identifiers: ['email_address'],
    firstFactors: ['email_code'],
    signUp: { legalConsent: true, emailVerification: 'email_code' },
  },
}

/** Email address, with a password or an email code as the first factor. */
const emailPasswordOrCode: Preset = {
  instance: { identifiers: ['email_address'], firstFactors: ['password', 'email_code'] },
}

/** Phone number with an SMS code. */
const phoneCode: Preset = {
  instance: { identifiers: ['phone_number'], firstFactors: ['phone_code'] },
}

/** Magic links: sign-in and sign-up verification by email link. */
const emailLink: Preset = {
  instance: {
    identifiers: ['email_address'],
    firstFactors: ['email_link'],
    signUp: { emailVerification: 'email_link' },
  },
}

/** Username or email address, with a password. */
const usernamePassword: Preset = {
  instance: {
    identifiers: ['username', 'email_address'],
    firstFactors: ['password'],
    signUp: { fields: { username: 'required' } },
  },
}

/** Email + password with every second factor offered and MFA required (`setup-mfa` for users without one). */
const mfaRequired: Preset = {
  instance: {
    identifiers: ['email_address'],
    firstFactors: ['password'],
    mfa: { strategies: ['totp', 'phone_code', 'backup_code'], required: true },
  },
}

/** Email code sign-in where every session must pick an organization (`choose-organization`). */
const forcedOrganizations: Preset = {
  instance: {
    identifiers: ['email_address'],
    firstFactors: ['email_code'],
    organizations: { enabled: true, forceSelection: true, allowCreation: true, domains: true },
  },
}

/**
 * Named instance settings for common setups, to spread into `createSandbox`:
 * `createSandbox({ ...presets.emailCode, users: [...] })`.
 */
export const presets = {
  emailPassword,
  emailCode,
  emailPasswordOrCode,
  phoneCode,
  emailLink,
  usernamePassword,
  mfaRequired,
  forcedOrganizations,
} as const
