import type {
  OrganizationJSON,
  OrganizationMembershipJSON,
  OrganizationSuggestionJSON,
  PublicOrganizationDataJSON,
  UserOrganizationInvitationJSON,
} from '@clerk/shared/types'
import type { InvitationRecord, MembershipRecord, OrganizationRecord, SuggestionRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { publicUserData } from './public-user-data'

/** Members and pending invitations per organization, counted once per serialization (500 memberships stay fast). */
type Counts = Map<string, { members: number; invitations: number }>

function countAll(sim: Simulation): Counts {
  const counts: Counts = new Map()
  const entry = (id: string) => {
    let count = counts.get(id)
    if (!count) {
      count = { members: 0, invitations: 0 }
      counts.set(id, count)
    }
    return count
  }
  for (const membership of sim.store.memberships.values()) entry(membership.organizationId).members++
  for (const invitation of sim.store.invitations.values())
    if (invitation.status === 'pending') entry(invitation.organizationId).invitations++
  return counts
}

export function serializeOrganization(
  sim: Simulation,
  organization: OrganizationRecord,
  counts: Counts = countAll(sim),
): OrganizationJSON {
  const count = counts.get(organization.id)
  return {
    object: 'organization',
    id: organization.id,
    name: organization.name,
    slug: organization.slug,
    image_url: '',
    has_image: false,
    public_metadata: {},
    members_count: count?.members ?? 0,
    pending_invitations_count: count?.invitations ?? 0,
    admin_delete_enabled: true,
    max_allowed_memberships: 0,
    created_at: organization.createdAt,
    updated_at: organization.updatedAt,
  }
}

function publicOrganizationData(organization: OrganizationRecord): PublicOrganizationDataJSON {
  return { id: organization.id, name: organization.name, slug: organization.slug, has_image: false, image_url: '' }
}

function organizationOf(sim: Simulation, id: string): OrganizationRecord {
  const organization = sim.store.organizations.get(id)
  if (!organization) throw new Error(`sandbox: organization ${id} does not exist`)
  return organization
}

/** Memberships as `OrganizationMembershipJSON`, each with its organization. */
export function serializeMemberships(sim: Simulation, memberships: MembershipRecord[]): OrganizationMembershipJSON[] {
  if (memberships.length === 0) return []
  const counts = countAll(sim)
  return memberships.map((membership) => {
    const user = sim.store.users.get(membership.userId)
    if (!user) throw new Error(`sandbox: membership ${membership.id} has no user`)
    return {
      object: 'organization_membership',
      id: membership.id,
      organization: serializeOrganization(sim, organizationOf(sim, membership.organizationId), counts),
      permissions: [],
      public_metadata: {},
      public_user_data: publicUserData(user),
      role: membership.role,
      role_name: membership.role === 'org:admin' ? 'Admin' : 'Member',
      created_at: membership.createdAt,
      updated_at: membership.createdAt,
    } as OrganizationMembershipJSON
  })
}

/** An invitation as the invited user sees it (`/me/organization_invitations`). */
export function serializeUserInvitation(sim: Simulation, invitation: InvitationRecord): UserOrganizationInvitationJSON {
  return {
    object: 'organization_invitation',
    id: invitation.id,
    email_address: invitation.emailAddress,
    public_organization_data: publicOrganizationData(organizationOf(sim, invitation.organizationId)),
    public_metadata: {},
    status: invitation.status,
    role: invitation.role,
    created_at: invitation.createdAt,
    updated_at: invitation.createdAt,
  }
}

export function serializeSuggestion(sim: Simulation, suggestion: SuggestionRecord): OrganizationSuggestionJSON {
  return {
    object: 'organization_suggestion',
    id: suggestion.id,
    public_organization_data: publicOrganizationData(organizationOf(sim, suggestion.organizationId)),
    status: suggestion.status,
    created_at: suggestion.createdAt,
    updated_at: suggestion.createdAt,
  }
}
