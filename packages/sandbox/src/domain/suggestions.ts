import type { SuggestionRecord, UserRecord } from '../state/records'
import type { Simulation } from '../state/simulation'
import { isVerified } from '../state/store'

/**
 * The organizations suggested to a user: with domains enabled, those with a verified domain that
 * matches one of the user's verified email addresses and that the user is not a member of. Created on first
 * look, so their ids stay stable.
 */
export function suggestionsFor(sim: Simulation, user: UserRecord): SuggestionRecord[] {
  if (!sim.instance.organizations.domains) return []
  const domains = new Set(user.emails.filter(isVerified).map((email) => email.address.split('@')[1]?.toLowerCase()))
  const memberOf = new Set(sim.store.membershipsOf(user.id).map((membership) => membership.organizationId))
  const existing = [...sim.store.suggestions.values()].filter((suggestion) => suggestion.userId === user.id)
  for (const organization of sim.store.organizations.values()) {
    const matches = organization.domains.some((domain) => domains.has(domain.toLowerCase()))
    if (!matches || memberOf.has(organization.id)) continue
    if (existing.some((suggestion) => suggestion.organizationId === organization.id)) continue
    const suggestion: SuggestionRecord = {
      id: sim.ids.next('orgsug'),
      organizationId: organization.id,
      userId: user.id,
      status: 'pending',
      createdAt: sim.now(),
    }
    sim.store.suggestions.set(suggestion.id, suggestion)
    existing.push(suggestion)
  }
  return existing.filter((suggestion) => !memberOf.has(suggestion.organizationId))
}
