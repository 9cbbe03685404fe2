// The journey table's cases, as data: what Clerk's sign-in or sign-up looks like, what the user
// asked for, and what must follow. route.test.ts holds the table to each `expected`; the diagram in
// docs/architecture.md is drawn by running the table over these cases (scripts/docs). A row changed
// in the table fails its case here; a case changed here without the table fails the test.
import type { SignInStatus, SignUpStatus } from '@clerk/react/types'
import { inputError } from '../src/errors/normalize-error'
import type { ProtectChallenge } from '../src/factors/protect'
import type { AfterIdentifier, IdentifierOffer } from '../src/journey/identifier'
import type { JourneyContext, Next, SignInSnapshot, SignUpSnapshot } from '../src/journey/types'

/** A Protect challenge as Clerk describes one. */
export const challenge: ProtectChallenge = {
  token: 'pc_token',
  sdkUrl: 'https://clerk.example.com/protect/sdk.js',
  uiHints: { theme: 'light' },
}

export const context = (over: Partial<JourneyContext> = {}): JourneyContext => ({
  intent: 'sign-in-or-up',
  mode: 'standard',
  identifier: 'ada@example.com',
  kind: 'email_address',
  strategies: ['password', 'email_code'],
  returnTo: 'https://app.example/sign-in',
  ...over,
})

export const signInAt = (status: SignInStatus, over: Partial<SignInSnapshot> = {}): SignInSnapshot => ({
  status,
  isTransferable: false,
  supportedFirstFactors: [],
  supportedSecondFactors: [],
  protectCheck: null,
  ...over,
})

export const signUpAt = (status: SignUpStatus, over: Partial<SignUpSnapshot> = {}): SignUpSnapshot => ({
  status,
  missingFields: [],
  unverifiedFields: [],
  emailAddress: 'ada@example.com',
  phoneNumber: null,
  protectCheck: null,
  ...over,
})

export interface SignInCase {
  /** When this case happens, in a few words: the diagram's edge label. */
  when: string
  signIn: SignInSnapshot
  ctx: JourneyContext
  expected: Next
}

export const signInCases: SignInCase[] = [
  {
    when: 'nothing identified yet',
    signIn: signInAt('needs_identifier'),
    ctx: context(),
    expected: { step: { name: 'identifier' } },
  },
  {
    when: 'password chosen or first',
    signIn: signInAt('needs_first_factor'),
    ctx: context({ firstFactor: 'password' }),
    expected: { step: { name: 'password' } },
  },
  {
    when: 'email code chosen or default',
    signIn: signInAt('needs_first_factor'),
    ctx: context({ firstFactor: 'email_code' }),
    expected: {
      step: { name: 'first-factor', strategy: 'email_code', safeIdentifier: 'ada@example.com' },
      send: true,
    },
  },
  {
    when: 'SMS code chosen or default',
    signIn: signInAt('needs_first_factor'),
    ctx: context({ firstFactor: 'phone_code', identifier: '+15555550100', kind: 'phone_number' }),
    expected: {
      step: { name: 'first-factor', strategy: 'phone_code', safeIdentifier: '+15555550100' },
      send: true,
    },
  },
  {
    when: 'email link chosen or default',
    signIn: signInAt('needs_first_factor'),
    ctx: context({ firstFactor: 'email_link' }),
    expected: { step: { name: 'email-link', safeIdentifier: 'ada@example.com' }, send: true },
  },
  {
    when: 'a username: the code goes to its masked address',
    signIn: signInAt('needs_first_factor', {
      supportedFirstFactors: [{ strategy: 'email_code', safeIdentifier: 'a***@example.com' }],
    }),
    ctx: context({ firstFactor: 'email_code', identifier: 'ada', kind: 'username' }),
    expected: {
      step: { name: 'first-factor', strategy: 'email_code', safeIdentifier: 'a***@example.com' },
      send: true,
    },
  },
  {
    when: 'no method chosen',
    signIn: signInAt('needs_first_factor'),
    ctx: context({ strategies: ['password', 'email_code', 'email_link'] }),
    expected: { step: { name: 'choose-strategy', strategies: ['password', 'email_code', 'email_link'] } },
  },
  {
    when: 'authenticator app listed first',
    signIn: signInAt('needs_second_factor', {
      supportedSecondFactors: [{ strategy: 'backup_code' }, { strategy: 'totp' }],
    }),
    ctx: context(),
    expected: {
      step: { name: 'second-factor', strategy: 'totp', available: ['totp', 'backup_code'] },
      send: false,
    },
  },
  {
    when: 'SMS code chosen: sent first',
    signIn: signInAt('needs_second_factor', {
      supportedSecondFactors: [{ strategy: 'totp' }, { strategy: 'phone_code', safeIdentifier: '+1 ***-***-0100' }],
    }),
    ctx: context({ secondFactor: 'phone_code' }),
    expected: {
      step: {
        name: 'second-factor',
        strategy: 'phone_code',
        available: ['totp', 'phone_code'],
        safeIdentifier: '+1 ***-***-0100',
      },
      send: true,
    },
  },
  {
    when: 'only an email code: sent first',
    signIn: signInAt('needs_second_factor', {
      supportedSecondFactors: [{ strategy: 'email_code', safeIdentifier: 'a***@example.com' }],
    }),
    ctx: context(),
    expected: {
      step: {
        name: 'second-factor',
        strategy: 'email_code',
        available: ['email_code'],
        safeIdentifier: 'a***@example.com',
      },
      send: true,
    },
  },
  {
    when: 'a new device, SMS listed',
    signIn: signInAt('needs_client_trust', {
      supportedSecondFactors: [{ strategy: 'phone_code', safeIdentifier: '+1 ***-***-0100' }],
    }),
    ctx: context(),
    expected: {
      step: { name: 'client-trust', strategy: 'phone_code', safeIdentifier: '+1 ***-***-0100' },
      send: true,
    },
  },
  {
    when: 'a new device',
    signIn: signInAt('needs_client_trust'),
    ctx: context(),
    expected: {
      step: { name: 'client-trust', strategy: 'email_code', safeIdentifier: 'ada@example.com' },
      send: true,
    },
  },
  {
    when: 'a reset code verified, or a breached password',
    signIn: signInAt('needs_new_password'),
    ctx: context(),
    expected: { step: { name: 'new-password' } },
  },
  {
    when: 'Clerk Protect asks for a check',
    signIn: signInAt('needs_protect_check', { protectCheck: challenge }),
    ctx: context(),
    expected: { step: { name: 'protect-check', attempt: 'sign-in', challenge } },
  },
  {
    when: 'Clerk Protect asks, but names no challenge to run',
    signIn: signInAt('needs_protect_check'),
    ctx: context(),
    expected: {
      step: { name: 'protect-check', attempt: 'sign-in', challenge: null },
      error: inputError('protect_check', undefined, 'not_allowed'),
    },
  },
  {
    when: 'the domain belongs to one enterprise connection',
    signIn: signInAt('needs_first_factor', {
      supportedFirstFactors: [
        { strategy: 'enterprise_sso', enterpriseConnectionId: 'ent_1', enterpriseConnectionName: 'Acme SAML' },
      ],
    }),
    ctx: context({ firstFactor: 'email_code' }),
    expected: { sso: { id: 'ent_1', name: 'Acme SAML' } },
  },
  {
    when: 'the domain belongs to several enterprise connections',
    signIn: signInAt('needs_first_factor', {
      supportedFirstFactors: [
        { strategy: 'enterprise_sso', enterpriseConnectionId: 'ent_1', enterpriseConnectionName: 'Acme SAML' },
        { strategy: 'enterprise_sso', enterpriseConnectionId: 'ent_2', enterpriseConnectionName: 'Acme OIDC' },
        { strategy: 'email_code', safeIdentifier: 'ada@acme.test' },
      ],
    }),
    ctx: context(),
    expected: {
      step: {
        name: 'enterprise-sso',
        connections: [
          { id: 'ent_1', name: 'Acme SAML' },
          { id: 'ent_2', name: 'Acme OIDC' },
        ],
      },
    },
  },
  {
    when: 'a passkey listed as second factor',
    signIn: signInAt('needs_second_factor', {
      supportedSecondFactors: [{ strategy: 'passkey' }, { strategy: 'backup_code' }],
    }),
    ctx: context(),
    expected: {
      step: { name: 'second-factor', strategy: 'passkey', available: ['passkey', 'backup_code'] },
      send: false,
    },
  },
  {
    when: 'verified',
    signIn: signInAt('complete'),
    ctx: context(),
    expected: { finalize: 'sign-in' },
  },
  {
    when: 'verified, but no account has it',
    signIn: signInAt('needs_identifier', { isTransferable: true }),
    ctx: context(),
    expected: { transfer: true },
  },
]

export interface SignUpCase {
  when: string
  signUp: SignUpSnapshot
  expected: Next
}

export const signUpCases: SignUpCase[] = [
  {
    when: 'fields still missing',
    signUp: signUpAt('missing_requirements', {
      missingFields: ['legal_accepted'],
      unverifiedFields: ['email_address'],
    }),
    expected: { step: { name: 'missing-requirements' } },
  },
  {
    when: 'email to verify',
    signUp: signUpAt('missing_requirements', { unverifiedFields: ['email_address'] }),
    expected: {
      step: { name: 'verify-sign-up', channel: 'email_address', safeIdentifier: 'ada@example.com' },
      send: true,
    },
  },
  {
    when: 'phone to verify',
    signUp: signUpAt('missing_requirements', {
      emailAddress: null,
      phoneNumber: '+15555550100',
      unverifiedFields: ['phone_number'],
    }),
    expected: {
      step: { name: 'verify-sign-up', channel: 'phone_number', safeIdentifier: '+15555550100' },
      send: true,
    },
  },
  {
    when: 'a requirement Flowkit has no step for',
    signUp: signUpAt('missing_requirements', { unverifiedFields: ['web3_wallet'] }),
    expected: { step: { name: 'missing-requirements' } },
  },
  {
    when: 'Clerk Protect asks for a check before the account',
    signUp: signUpAt('missing_requirements', { missingFields: ['protect_check'], protectCheck: challenge }),
    expected: { step: { name: 'protect-check', attempt: 'sign-up', challenge } },
  },
  {
    when: 'a day without finishing it',
    signUp: signUpAt('abandoned'),
    expected: { restart: inputError('sign_up_abandoned', undefined, 'attempt_expired') },
  },
  {
    when: 'everything given and verified',
    signUp: signUpAt('complete'),
    expected: { finalize: 'sign-up' },
  },
]

export const offer = (over: Partial<IdentifierOffer> = {}): IdentifierOffer => ({
  codes: ['email_code'],
  passwords: true,
  passwordFirst: false,
  passwordRequired: false,
  enterpriseSso: false,
  ...over,
})

export interface IdentifierCase {
  when: string
  offer: IdentifierOffer
  ctx: Pick<JourneyContext, 'intent' | 'mode' | 'kind'>
  expected: AfterIdentifier
}

export const identifierCases: IdentifierCase[] = [
  {
    when: 'signUpIfMissing with a code (enumeration-safe)',
    offer: offer(),
    ctx: { intent: 'sign-in-or-up', mode: 'signUpIfMissing', kind: 'email_address' },
    expected: { call: 'sign-in', firstFactor: 'email_code', signUpIfMissing: true },
  },
  {
    when: 'signUpIfMissing, but a username is not where a code goes: the standard way',
    offer: offer({ codes: ['email_code'] }),
    ctx: { intent: 'sign-in-or-up', mode: 'signUpIfMissing', kind: 'username' },
    expected: { call: 'send-code', strategy: 'email_code' },
  },
  {
    when: 'standard, a code offered',
    offer: offer(),
    ctx: { intent: 'sign-in-or-up', mode: 'standard', kind: 'email_address' },
    expected: { call: 'send-code', strategy: 'email_code' },
  },
  {
    when: 'standard, the instance leads with the password',
    offer: offer({ passwordFirst: true }),
    ctx: { intent: 'sign-in-or-up', mode: 'standard', kind: 'email_address' },
    expected: { call: 'ask-password' },
  },
  {
    when: 'no code offered, passwords on',
    offer: offer({ codes: [] }),
    ctx: { intent: 'sign-in', mode: 'standard', kind: 'email_address' },
    expected: { call: 'ask-password' },
  },
  {
    when: 'neither a code nor a password to lead with',
    offer: offer({ codes: [], passwords: false }),
    ctx: { intent: 'sign-in', mode: 'standard', kind: 'username' },
    expected: { call: 'sign-in' },
  },
  {
    when: 'intent sign-up, password required: asked first, one request',
    offer: offer({ passwordRequired: true }),
    ctx: { intent: 'sign-up', mode: 'standard', kind: 'email_address' },
    expected: { call: 'ask-password' },
  },
  {
    when: 'enterprise SSO on: the sign-in first, so Clerk can name the domain’s connection before a code',
    offer: offer({ enterpriseSso: true }),
    ctx: { intent: 'sign-in-or-up', mode: 'standard', kind: 'email_address' },
    expected: { call: 'sign-in', firstFactor: 'email_code' },
  },
  {
    when: 'enterprise SSO on, the instance leads with the password: the sign-in first, then the password',
    offer: offer({ enterpriseSso: true, passwordFirst: true }),
    ctx: { intent: 'sign-in', mode: 'standard', kind: 'email_address' },
    expected: { call: 'sign-in', firstFactor: 'password' },
  },
  {
    when: 'enterprise SSO on, but a username has no domain: as without it',
    offer: offer({ enterpriseSso: true, codes: [] }),
    ctx: { intent: 'sign-in', mode: 'standard', kind: 'username' },
    expected: { call: 'ask-password' },
  },
  {
    when: 'intent sign-up',
    offer: offer(),
    ctx: { intent: 'sign-up', mode: 'standard', kind: 'email_address' },
    expected: { call: 'sign-up' },
  },
]
