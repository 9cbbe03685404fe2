import { Alert } from '../../primitives/alert'
import { Subtitle, Title } from '../../primitives/title'
import { Back } from '../shared/back'
import { EnterpriseConnection } from './enterprise-connection'
import { EnterpriseConnections } from './enterprise-connections'
import { EnterpriseSsoStepDefault } from './enterprise-sso-step'
import { EnterpriseSsoStepRoot } from './enterprise-sso-step-root'

export type { EnterpriseConnectionProps } from './enterprise-connection'
export type { EnterpriseConnectionsProps } from './enterprise-connections'
export type { EnterpriseSsoStepProps } from './enterprise-sso-step'

/**
 * The identifier's domain belongs to several enterprise connections (SAML or OIDC): the user picks
 * the one to sign in with. Each is a button that leaves for its identity provider, so its Root is a
 * `<div>`.
 *
 * Anatomy: `Root > Title, Subtitle, Connections (Connection…), Alert, Back`.
 */
export const EnterpriseSsoStep = /* @__PURE__ */ Object.assign(EnterpriseSsoStepDefault, {
  Root: EnterpriseSsoStepRoot,
  Title,
  Subtitle,
  Connections: EnterpriseConnections,
  Connection: EnterpriseConnection,
  Alert,
  Back,
})
