// The public API of @flowkit/sandbox, listed explicitly.

export { presets } from './config/presets'
export type {
  EnterpriseConnectionConfig,
  FieldRequirement,
  FirstFactorStrategy,
  IdentifierName,
  InstanceConfig,
  OAuthProviderName,
  PhoneChannel,
  SandboxConfig,
  SandboxInvitation,
  SandboxOrganization,
  SandboxPasskey,
  SandboxUser,
  SecondFactorStrategy,
  SignUpFieldName,
  UserMembership,
} from './config/types'
export { SandboxConfigError } from './config/validate'
export type { SandboxClock } from './core/clock'
export type { Failure, FaultOptions, Faults, RouteMatcher } from './core/faults'
export type { Outbox, OutboxMessage, OutboxPurpose } from './core/outbox'
export type { RequestLog, RequestRecord, SummaryOptions } from './core/request-log'
export { totpCode, verifyTotp } from './core/totp'
export type { IdpRefusal } from './domain/enterprise-sso'
export type { FakeIdentityProvider, IdentityInput, PendingEnterpriseSso } from './identity-provider'
// The sandbox's parts are types only: a test reaches them through `createSandbox()`, never `new`.
export type { FakeOAuthProvider, PendingAuthorization, ProviderAccountInput } from './oauth-provider'
export type { RegisteredPasskey, SandboxPasskeys } from './passkeys/sandbox-passkeys'
export {
  SoftwareAuthenticator,
  type SoftwareAuthenticatorOptions,
  type SoftwareCredential,
} from './passkeys/software-authenticator'
export type { ProtectChallengeInit } from './protect/challenge'
export type { PendingProtectCheck, SandboxProtect } from './protect/sandbox-protect'
export { hostOfPublishableKey, publishableKeyForHost } from './publishable-key'
export { SandboxProvider, type SandboxProviderProps } from './react/sandbox-provider'
export { createSandbox, type Invitation, type InviteOptions, type Sandbox } from './sandbox'
export type { SandboxWaitlist, WaitlistEntry } from './waitlist'
