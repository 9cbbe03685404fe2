import { createTicket, invitationUrl } from './domain/tickets'
import type { Simulation } from './state/simulation'

/** Someone on the waitlist, as a test reads them. */
export interface WaitlistEntry {
  id: string
  emailAddress: string
  status: 'pending' | 'invited' | 'completed' | 'rejected'
  /** When they joined, on `sandbox.clock`. */
  createdAt: number
}

/** The instance's waitlist: who joined through `clerk.joinWaitlist` (or Clerk's `<Waitlist/>`). */
export class SandboxWaitlist {
  constructor(private readonly simulation: () => Simulation) {}

  /**
   * Lets someone on the waitlist in, as the Dashboard's "Invite" does: their entry turns `invited`
   * and they get an invitation (returned as `sandbox.invite` returns it).
   */
  invite(emailAddress: string): { ticket: string; url: string } {
    const sim = this.simulation()
    const wanted = emailAddress.toLowerCase()
    const entry = [...sim.store.waitlist.values()].find((candidate) => candidate.emailAddress.toLowerCase() === wanted)
    if (!entry) throw new Error(`sandbox.waitlist.invite: ${emailAddress} is not on the waitlist`)
    entry.status = 'invited'
    entry.updatedAt = sim.now()
    const record = createTicket(sim, entry.emailAddress)
    return { ticket: record.ticket, url: invitationUrl(sim, record) }
  }

  /** Every entry, in the order they joined. */
  get entries(): WaitlistEntry[] {
    return [...this.simulation().store.waitlist.values()].map(({ id, emailAddress, status, createdAt }) => ({
      id,
      emailAddress,
      status,
      createdAt,
    }))
  }
}
