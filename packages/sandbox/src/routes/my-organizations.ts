import { errors } from '../api/errors'
import { bare, withClient } from '../api/replies'
import type { FapiRequest } from '../api/request'
import type { Route } from '../api/router'
import { suggestionsFor } from '../domain/suggestions'
import { serializeMemberships, serializeSuggestion, serializeUserInvitation } from '../serialize/organizations'
import type { UserRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { isVerified } from '../state/store'
import { meOf } from './current-user'

/** Clerk's offset pagination, `{ response: { data, total_count } }`; only the page is serialized. */
function page<T>(request: FapiRequest, records: T[], serialize: (records: T[]) => unknown[]) {
  const limit = Number(request.query.get('limit') ?? 10)
  const offset = Number(request.query.get('offset') ?? 0)
  if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(offset) || offset < 0)
    throw errors.paramInvalid('limit', 'limit and offset must be non-negative integers.')
  return bare({ response: { data: serialize(records.slice(offset, offset + limit)), total_count: records.length } })
}

/** `status=pending&status=accepted` (clerk-js sends a list as a repeated key); every status when absent. */
const statusFilter = (request: FapiRequest) => {
  const statuses = request.query.getAll('status')
  return (status: string) => statuses.length === 0 || statuses.includes(status)
}

/** The invitations sent to any of the user's verified email addresses. */
function invitationsOf(sim: Simulation, user: UserRecord) {
  const addresses = new Set(user.emails.filter(isVerified).map((email) => email.address.toLowerCase()))
  return [...sim.store.invitations.values()].filter((invitation) =>
    addresses.has(invitation.emailAddress.toLowerCase()),
  )
}

/** Accepting an invitation makes the user a member. */
function acceptInvitation(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  const invitation = invitationsOf(sim, user).find((candidate) => candidate.id === request.params.id)
  if (invitation?.status !== 'pending') throw errors.notFound('Invitation')
  invitation.status = 'accepted'
  sim.store.addMembership(invitation.organizationId, user.id, invitation.role, sim.now())
  return withClient(sim, serializeUserInvitation(sim, invitation))
}

/** Accepting a suggestion asks to join; an admin still has to approve, as in Clerk. */
function acceptSuggestion(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  const suggestion = suggestionsFor(sim, user).find((candidate) => candidate.id === request.params.id)
  if (suggestion?.status !== 'pending') throw errors.notFound('Suggestion')
  suggestion.status = 'accepted'
  return withClient(sim, serializeSuggestion(sim, suggestion))
}

/** `user.leaveOrganization(organizationId)`: the path names the organization, not the membership. */
function leave(sim: Simulation, request: FapiRequest) {
  const user = meOf(sim, request)
  const membership = sim.store
    .membershipsOf(user.id)
    .find((candidate) => candidate.organizationId === request.params.organizationId)
  if (!membership) throw errors.organizationNotFound()
  sim.store.memberships.delete(membership.id)
  for (const session of sim.store.signedInSessions())
    if (session.userId === user.id && session.lastActiveOrganizationId === membership.organizationId)
      session.lastActiveOrganizationId = null
  return withClient(sim, { object: 'organization_membership', id: membership.id, deleted: true })
}

/** The signed-in user's memberships, invitations and suggestions (what `useOrganizationList` pages through). */
export const myOrganizationRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/me/organization_memberships',
    handle: (sim, request) =>
      page(request, sim.store.membershipsOf(meOf(sim, request).id), (memberships) =>
        serializeMemberships(sim, memberships),
      ),
  },
  { method: 'DELETE', pattern: '/me/organization_memberships/:organizationId', handle: leave },
  {
    method: 'GET',
    pattern: '/me/organization_invitations',
    handle: (sim, request) => {
      const wanted = statusFilter(request)
      const invitations = invitationsOf(sim, meOf(sim, request)).filter((invitation) => wanted(invitation.status))
      return page(request, invitations, (records) => records.map((record) => serializeUserInvitation(sim, record)))
    },
  },
  { method: 'POST', pattern: '/me/organization_invitations/:id/accept', handle: acceptInvitation },
  {
    method: 'GET',
    pattern: '/me/organization_suggestions',
    handle: (sim, request) => {
      const wanted = statusFilter(request)
      const suggestions = suggestionsFor(sim, meOf(sim, request)).filter((suggestion) => wanted(suggestion.status))
      return page(request, suggestions, (records) => records.map((record) => serializeSuggestion(sim, record)))
    },
  },
  { method: 'POST', pattern: '/me/organization_suggestions/:id/accept', handle: acceptSuggestion },
]
