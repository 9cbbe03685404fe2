import type { EnterpriseConnection } from '../config/resolve'
import type { SignInRecord } from '../state/records'
import type { Simulation } from '../state/simulation'

const domainOf = (emailAddress: string) => emailAddress.slice(emailAddress.lastIndexOf('@') + 1).toLowerCase()

/** The connections an email address belongs to: its domain, or a subdomain where the connection allows them. */
export function connectionsFor(sim: Simulation, emailAddress: string | null): EnterpriseConnection[] {
  if (!emailAddress?.includes('@')) return []
  const domain = domainOf(emailAddress)
  return sim.instance.enterpriseConnections.filter((connection) =>
    connection.domains.some(
      (owned) => domain === owned || (connection.allowSubdomains && domain.endsWith(`.${owned}`)),
    ),
  )
}

/** The first-factor of each connection an identifier belongs to, as Clerk lists them. */
export function enterpriseFactorsFor(sim: Simulation, signIn: SignInRecord) {
  if (signIn.identifierKind !== 'email_address') return []
  return connectionsFor(sim, signIn.identifier).map((connection) => ({
    strategy: 'enterprise_sso',
    safeIdentifier: signIn.identifier ?? undefined,
    enterpriseConnectionId: connection.id,
    enterpriseConnectionName: connection.name,
  }))
}
