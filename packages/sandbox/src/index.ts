// The public API of @flowkit/sandbox, listed explicitly.

export { presets } from './config/presets'
export type {
  FieldRequirement,
  FirstFactorStrategy,
  IdentifierName,
  InstanceConfig,
  OAuthProviderName,
  SandboxConfig,
  SandboxOrganization,
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
// The sandbox's parts are types only: a test reaches them through `createSandbox()`, never `new`.
export type { FakeOAuthProvider, PendingAuthorization, ProviderAccountInput } from './oauth-provider'
export { hostOfPublishableKey, publishableKeyForHost } from './publishable-key'
export { SandboxProvider, type SandboxProviderProps } from './react/sandbox-provider'
export { createSandbox, type Sandbox } from './sandbox'
