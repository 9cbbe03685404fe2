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
export { SandboxClock } from './core/clock'
export type { Failure, FaultOptions, RouteMatcher } from './core/faults'
export { Faults } from './core/faults'
export type { OutboxMessage, OutboxPurpose } from './core/outbox'
export { Outbox } from './core/outbox'
export type { RequestRecord, SummaryOptions } from './core/request-log'
export { RequestLog } from './core/request-log'
export { totpCode, verifyTotp } from './core/totp'
export type { PendingAuthorization, ProviderAccountInput } from './oauth-provider'
export { FakeOAuthProvider } from './oauth-provider'
export { hostOfPublishableKey, publishableKeyForHost } from './publishable-key'
export { SandboxProvider, type SandboxProviderProps } from './react/sandbox-provider'
export { createSandbox, Sandbox } from './sandbox'
