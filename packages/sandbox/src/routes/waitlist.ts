import { errors } from '../api/errors'
import { bare } from '../api/replies'
import type { FapiRequest } from '../api/request'
import type { Route } from '../api/router'
import { isEmail } from '../domain/identifiers'
import type { WaitlistEntryRecord } from '../state/records'
import type { Simulation } from '../state/simulation'

/** A waitlist entry as clerk-js's `Waitlist` reads it: bare, not in a `response` envelope. */
export const serializeWaitlistEntry = (entry: WaitlistEntryRecord) => ({
  object: 'waitlist',
  id: entry.id,
  email_address: entry.emailAddress,
  status: entry.status,
  created_at: entry.createdAt,
  updated_at: entry.updatedAt,
})

/**
 * `clerk.joinWaitlist({ emailAddress })`. An address already on the list gets its existing entry
 * back, as Clerk documents for waitlist entries (so the answer does not tell who has joined).
 */
function join(sim: Simulation, request: FapiRequest) {
  const emailAddress = request.body.require('email_address').trim()
  if (!isEmail(emailAddress)) throw errors.paramInvalid('email_address', 'Email address must be a valid email address.')
  const wanted = emailAddress.toLowerCase()
  const existing = [...sim.store.waitlist.values()].find((entry) => entry.emailAddress.toLowerCase() === wanted)
  if (existing) return bare(serializeWaitlistEntry(existing))
  const now = sim.now()
  const entry: WaitlistEntryRecord = {
    id: sim.ids.next('wle'),
    emailAddress,
    status: 'pending',
    createdAt: now,
    updatedAt: now,
  }
  sim.store.waitlist.set(entry.id, entry)
  return bare(serializeWaitlistEntry(entry))
}

export const waitlistRoutes: Route[] = [{ method: 'POST', pattern: '/waitlist', handle: join }]
