import { useClerk } from '@clerk/react'
import type { OrganizationSuggestionResource, UserOrganizationInvitationResource } from '@clerk/react/types'
import { useEffect, useRef, useState } from 'react'
import { inputError, normalizeError } from '../errors/normalize-error'
import type { TaskContext } from './task-context'
import type { ChooseOrganizationItem, ChooseOrganizationTaskController, OrganizationSummary } from './types'

/** Items shown at first, and added by each `loadMore`. */
export const PAGE_SIZE = 10

type Offer = UserOrganizationInvitationResource | OrganizationSuggestionResource

/**
 * `choose-organization`. Memberships arrive with the user, so listing, paging and searching them
 * costs no request; only a page of them is ever in `items`. Invitations and suggestions need list
 * requests, made only when the instance enables domain enrollment (which is what creates them).
 */
export function useChooseOrganization(context: TaskContext, active: boolean): ChooseOrganizationTaskController {
  const { session, env, runner, finish } = context
  const clerk = useClerk()
  const [shown, setShown] = useState(PAGE_SIZE)
  const [query, setQuery] = useState('')
  const [offers, setOffers] = useState<Offer[]>([])
  const { fail } = runner
  const user = session?.user
  const userRef = useRef(user)
  userRef.current = user
  const fetchedFor = useRef<string>(undefined)
  const created = useRef<{ id: string; name: string }>(undefined)
  const listOffers = active && !!env?.organizationSettings.domains.enabled

  useEffect(() => {
    const current = userRef.current
    // Once per user: React's StrictMode re-runs effects, and must not repeat the requests.
    if (!listOffers || !current || fetchedFor.current === current.id) return
    fetchedFor.current = current.id
    void Promise.all([
      current.getOrganizationInvitations({ status: 'pending' }),
      current.getOrganizationSuggestions({ status: 'pending' }),
    ]).then(
      ([invitations, suggestions]) => setOffers([...invitations.data, ...suggestions.data]),
      (error) => fail(normalizeError(error)),
    )
  }, [listOffers, fail])

  const matches = (organization: OrganizationSummary) =>
    `${organization.name} ${organization.slug}`.toLowerCase().includes(query.trim().toLowerCase())
  const all = user?.organizationMemberships ?? []
  const memberships = all
    .map((membership): ChooseOrganizationItem => {
      const { id, name, slug, imageUrl, membersCount } = membership.organization
      return { kind: 'membership', id: membership.id, organization: { id, name, slug, imageUrl, membersCount } }
    })
    .filter((item) => matches(item.organization))
  const offered = offers
    .map((offer): ChooseOrganizationItem => {
      const { id, name, slug, imageUrl } = offer.publicOrganizationData
      const kind = 'emailAddress' in offer ? 'invitation' : 'suggestion'
      return { kind, id: offer.id, organization: { id, name, slug, imageUrl } }
    })
    .filter((item) => matches(item.organization))

  return {
    key: 'choose-organization',
    isPending: runner.isPending,
    error: runner.errors[0] ?? null,
    items: [...memberships.slice(0, shown), ...offered],
    hasMore: memberships.length > shown,
    // Whether the whole list, unfiltered, is longer than a page: the search stays while one is typed.
    searchable: all.length + offers.length > PAGE_SIZE,
    isLoadingMore: false,
    loadMore: async () => setShown((count) => count + PAGE_SIZE),
    query,
    search: (text) => {
      setQuery(text)
      setShown(PAGE_SIZE)
    },
    canCreate: !!user?.createOrganizationEnabled,
    select: runner.run(async (item) => {
      const offer = offers.find((candidate) => candidate.id === item.id)
      if (offer) await offer.accept()
      // A suggestion only asks to join: an admin must approve before the organization can be chosen.
      if (item.kind === 'suggestion') {
        setOffers(offers.filter((candidate) => candidate !== offer))
        throw inputError('suggestion_requested', undefined, 'not_allowed')
      }
      await finish(item.organization.id)
    }),
    create: async ({ name, slug }) => {
      if (!name.trim()) return runner.fail([inputError('empty', 'organizationName')])
      return runner.run(async () => {
        // A retry after the session failed to activate chooses the organization already created.
        const organization =
          created.current?.name === name.trim()
            ? created.current
            : await clerk.createOrganization({ name: name.trim(), ...(slug ? { slug } : {}) })
        created.current = organization
        await finish(organization.id)
      })()
    },
  }
}
