import { slugify } from '../config/resolve'
import type { SandboxConfig, SandboxUser } from '../config/types'
import type { IdGenerator } from '../core/ids'
import { newVerification } from '../domain/verification'
import { addPasskey } from '../passkeys/registered'
import type {
  ClientRecord,
  EmailRecord,
  InvitationRecord,
  MembershipRecord,
  OrganizationRecord,
  PhoneRecord,
  SessionRecord,
  SignInRecord,
  SignUpRecord,
  SuggestionRecord,
  TicketRecord,
  UserRecord,
  VerificationRecord,
  WaitlistEntryRecord,
} from './records'

/** Whether the user has proven an email address or phone number. */
export const isVerified = (identification: EmailRecord | PhoneRecord) =>
  identification.verification?.status === 'verified'

/** An identification the user had proven before the test (seeded, or verified at sign-up). */
const proven = (strategy: string): VerificationRecord => newVerification(strategy, 'verified')

/** Every record of one sandbox, in insertion order. */
export class Store {
  readonly users = new Map<string, UserRecord>()
  readonly signIns = new Map<string, SignInRecord>()
  readonly signUps = new Map<string, SignUpRecord>()
  readonly sessions = new Map<string, SessionRecord>()
  readonly organizations = new Map<string, OrganizationRecord>()
  readonly memberships = new Map<string, MembershipRecord>()
  readonly invitations = new Map<string, InvitationRecord>()
  readonly suggestions = new Map<string, SuggestionRecord>()
  readonly waitlist = new Map<string, WaitlistEntryRecord>()
  /** Invitation tickets, by the ticket itself. */
  readonly tickets = new Map<string, TicketRecord>()
  /** The browser under test: one client, as one cookie jar would hold. */
  client: ClientRecord

  constructor(
    private readonly ids: IdGenerator,
    now: number,
  ) {
    this.client = this.newClient(now)
  }

  newClient(now: number): ClientRecord {
    return {
      id: this.ids.next('client'),
      signInId: null,
      signUpId: null,
      sessionIds: [],
      lastActiveSessionId: null,
      lastAuthenticationStrategy: null,
      createdAt: now,
      updatedAt: now,
    }
  }

  /** Loads the organizations and users of a config (organizations first: users reference them). */
  seed(config: SandboxConfig, now: number): void {
    for (const organization of config.organizations ?? []) {
      const record: OrganizationRecord = {
        id: this.ids.next('org'),
        name: organization.name,
        slug: organization.slug ?? slugify(organization.name),
        domains: organization.domains ?? [],
        createdAt: now,
        updatedAt: now,
      }
      this.organizations.set(record.id, record)
      for (const emailAddress of organization.invitations ?? []) {
        const invitation: InvitationRecord = {
          id: this.ids.next('orginv'),
          organizationId: record.id,
          emailAddress,
          status: 'pending',
          role: 'org:member',
          createdAt: now,
        }
        this.invitations.set(invitation.id, invitation)
      }
    }
    for (const user of config.users ?? []) this.addUser(user, now)
  }

  addUser(user: SandboxUser, now: number): UserRecord {
    const record: UserRecord = {
      id: this.ids.next('user'),
      firstName: user.firstName ?? null,
      lastName: user.lastName ?? null,
      username: user.username ?? null,
      password: user.password ?? null,
      passwordCompromised: user.passwordCompromised ?? false,
      emails: user.emailAddress
        ? [{ id: this.ids.next('idn'), address: user.emailAddress, verification: proven('email_code') }]
        : [],
      phones: user.phoneNumber
        ? [
            {
              id: this.ids.next('idn'),
              number: user.phoneNumber,
              verification: proven('phone_code'),
              reservedForSecondFactor: user.mfaPhone ?? false,
              defaultSecondFactor: user.mfaPhone ?? false,
            },
          ]
        : [],
      externalAccounts: (user.oauth ?? []).map((provider) => ({
        id: this.ids.next('eac'),
        provider,
        providerUserId: `${provider}-${user.emailAddress ?? user.username ?? user.phoneNumber}`,
        emailAddress: user.emailAddress ?? '',
        firstName: user.firstName ?? null,
        lastName: user.lastName ?? null,
      })),
      enterpriseAccounts: [],
      passkeys: [],
      totpSecret: user.totp?.secret.toUpperCase() ?? null,
      pendingTotpSecret: null,
      backupCodes: [...(user.backupCodes ?? [])],
      mfaEmail: user.mfaEmail ?? false,
      trustedClientIds: new Set(user.knownClient ? [this.client.id] : []),
      legalAcceptedAt: null,
      unsafeMetadata: {},
      lastSignInAt: null,
      createdAt: now,
      updatedAt: now,
    }
    this.users.set(record.id, record)
    for (const passkey of user.passkeys ?? []) addPasskey(this.ids, record, passkey, now)
    for (const membership of user.organizations ?? []) {
      const reference = typeof membership === 'string' ? membership : membership.organization
      const organization = this.findOrganization(reference)
      if (!organization) continue
      this.addMembership(
        organization.id,
        record.id,
        typeof membership === 'string' ? 'org:admin' : (membership.role ?? 'org:admin'),
        now,
      )
    }
    return record
  }

  addMembership(organizationId: string, userId: string, role: MembershipRecord['role'], now: number) {
    const membership: MembershipRecord = { id: this.ids.next('orgmem'), organizationId, userId, role, createdAt: now }
    this.memberships.set(membership.id, membership)
    return membership
  }

  findOrganization(reference: string): OrganizationRecord | undefined {
    for (const organization of this.organizations.values())
      if ([organization.id, organization.slug, organization.name].includes(reference)) return organization
    return undefined
  }

  /** The user with this verified email address (one merely added and not verified identifies nobody). */
  findUserByEmail(address: string): UserRecord | undefined {
    const wanted = address.trim().toLowerCase()
    for (const user of this.users.values())
      if (user.emails.some((email) => isVerified(email) && email.address.toLowerCase() === wanted)) return user
    return undefined
  }

  /** The user with this verified phone number. */
  findUserByPhone(number: string): UserRecord | undefined {
    const wanted = number.replace(/[\s()-]/g, '')
    for (const user of this.users.values())
      if (user.phones.some((phone) => isVerified(phone) && phone.number === wanted)) return user
    return undefined
  }

  findUserByUsername(username: string): UserRecord | undefined {
    const wanted = username.trim().toLowerCase()
    for (const user of this.users.values()) if (user.username?.toLowerCase() === wanted) return user
    return undefined
  }

  membershipsOf(userId: string): MembershipRecord[] {
    return [...this.memberships.values()].filter((membership) => membership.userId === userId)
  }

  /** Sessions of the client that are signed in (active or pending a task). */
  signedInSessions(): SessionRecord[] {
    return this.client.sessionIds
      .map((id) => this.sessions.get(id))
      .filter((session): session is SessionRecord => session?.status === 'active' || session?.status === 'pending')
  }
}
