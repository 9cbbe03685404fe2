import { errors } from '../api/errors'
import { withClient } from '../api/replies'
import type { FapiRequest } from '../api/request'
import type { Route } from '../api/router'
import { slugify } from '../config/resolve'
import { serializeOrganization } from '../serialize/organizations'
import type { OrganizationRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { meOf } from './current-user'

/** `clerk.createOrganization({ name, slug })`: the creator becomes its admin. */
function create(sim: Simulation, request: FapiRequest) {
  const sessionId = request.query.get('_clerk_session_id') ?? sim.store.client.lastActiveSessionId
  const session = sim.store.signedInSessions().find((candidate) => candidate.id === sessionId)
  if (!session) throw errors.forbidden('Sign in to create an organization.')
  if (!sim.instance.organizations.enabled || !sim.instance.organizations.allowCreation)
    throw errors.forbidden('Creating organizations is not allowed in this instance.')
  const name = request.body.require('name').trim()
  const slug = slugify(request.body.get('slug') ?? name)
  if (!slug) throw errors.paramInvalid('slug', 'Slug must contain letters or numbers.')
  if (sim.store.findOrganization(slug)?.slug === slug) throw errors.identifierExists('slug')
  const now = sim.now()
  const organization: OrganizationRecord = {
    id: sim.ids.next('org'),
    name,
    slug,
    domains: [],
    createdAt: now,
    updatedAt: now,
  }
  sim.store.organizations.set(organization.id, organization)
  sim.store.addMembership(organization.id, session.userId, 'org:admin', now)
  return withClient(sim, serializeOrganization(sim, organization))
}

/**
 * `clerk.getOrganization(id)`: what Clerk's task screen loads after an invitation is accepted. Only a
 * member may read it; anyone else gets the code Clerk's own UI handles for an organization it lost.
 */
function get(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  const organization = sim.store.organizations.get(request.params.id ?? '')
  const isMember = sim.store.membershipsOf(user.id).some((membership) => membership.organizationId === organization?.id)
  if (!organization || !isMember) throw errors.organizationNotFound()
  return withClient(sim, serializeOrganization(sim, organization))
}

export const organizationRoutes: Route[] = [
  { method: 'POST', pattern: '/organizations', handle: create },
  { method: 'GET', pattern: '/organizations/:id', handle: get },
]
