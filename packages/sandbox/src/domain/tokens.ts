import type { SessionRecord } from '../state/records'
import type { Simulation } from '../state/simulation'

const TOKEN_LIFETIME_SECONDS = 60

const base64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')

/**
 * A session JWT clerk-js can decode (it never checks the signature): `sid`, `sub`, `iat`/`exp`,
 * `sts`, and the v2 organization claim `o` when an organization is active.
 */
export function sessionToken(
  sim: Simulation,
  session: SessionRecord,
  organizationId = session.lastActiveOrganizationId,
) {
  const issuedAt = Math.floor(sim.now() / 1000)
  const membership = organizationId
    ? sim.store.membershipsOf(session.userId).find((candidate) => candidate.organizationId === organizationId)
    : undefined
  const organization = membership ? sim.store.organizations.get(membership.organizationId) : undefined
  const payload = {
    azp: 'http://localhost',
    exp: issuedAt + TOKEN_LIFETIME_SECONDS,
    fva: [0, -1],
    iat: issuedAt,
    iss: `https://${sim.host}`,
    nbf: issuedAt - 10,
    sid: session.id,
    sts: session.status === 'pending' ? 'pending' : 'active',
    sub: session.userId,
    v: 2,
    ...(membership && organization
      ? { o: { id: organization.id, rol: membership.role.replace(/^org:/, ''), slg: organization.slug } }
      : {}),
  }
  const header = { alg: 'RS256', kid: 'ins_sandbox', typ: 'JWT' }
  return `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}.sandbox-signature`
}
