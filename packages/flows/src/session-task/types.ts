import type { FlowError } from '../errors/types'

/** Session task keys Clerk defines (`session.currentTask.key`). */
export type SessionTaskKey = 'choose-organization' | 'reset-password' | 'setup-mfa'

/** What a list item shows about an organization. */
export interface OrganizationSummary {
  id: string
  name: string
  slug: string | null
  imageUrl: string | null
  membersCount?: number
}

/** One organization the user can pick: a membership, or one they are invited or suggested to join. */
export interface ChooseOrganizationItem {
  kind: 'membership' | 'invitation' | 'suggestion'
  /** The membership, invitation or suggestion id. */
  id: string
  organization: OrganizationSummary
}

interface TaskBase {
  /** A request is in flight; calls meanwhile are ignored. */
  isPending: boolean
  /** What went wrong last, if anything. */
  error: FlowError | null
}

/**
 * `choose-organization`: the session must pick (or create) an organization. Memberships arrive
 * with the user and are paged and searched without requests; selecting one activates it.
 */
export interface ChooseOrganizationTaskController extends TaskBase {
  key: 'choose-organization'
  /** Memberships first, then invitations and suggestions when the instance enables them. */
  items: ChooseOrganizationItem[]
  /** More items match than `items` shows. */
  hasMore: boolean
  isLoadingMore: boolean
  /** Shows the next page of items. */
  loadMore(): Promise<void>
  /** Filters the list; searches the server when not every item is loaded. */
  search(query: string): void
  /** The current search text. */
  query: string
  /** The user may create an organization. */
  canCreate: boolean
  /** Activates the organization (accepting an invitation first); a suggestion only sends a request to join. */
  select(item: ChooseOrganizationItem): Promise<void>
  /** Creates an organization and activates it. */
  create(values: { name: string; slug?: string }): Promise<void>
}

/** `reset-password`: the password was found in a breach; the user sets a new one. */
export interface ResetPasswordTaskController extends TaskBase {
  key: 'reset-password'
  /** Sets the new password (other sessions are signed out unless told not to), then continues. */
  submit(values: { password: string; signOutOfOtherSessions?: boolean }): Promise<void>
}

/** `setup-mfa`: the instance requires MFA; the user enrols an authenticator app. */
export interface SetupMfaTaskController extends TaskBase {
  key: 'setup-mfa'
  /** `start` → show secret/URI → `verify(code)` → `backup-codes` (shown once) → `finish`. */
  stage: 'start' | 'verify' | 'backup-codes'
  /** After `start`: the secret to type and the `otpauth://` URI for a QR code. */
  totp: { secret: string; uri: string } | null
  /** After `verify`, when the instance issues them: show once, then `finish`. */
  backupCodes: string[] | null
  /** Creates the TOTP secret. */
  start(): Promise<void>
  /** Checks a code from the app. */
  verify(code: string): Promise<void>
  /** Activates the session and navigates on. */
  finish(): Promise<void>
}

/** A task key this version of Flowkit does not know: reported, never ignored. */
export interface UnknownTaskController extends TaskBase {
  key: 'unknown'
  /** The key Clerk sent that this version of Flowkit does not know. */
  rawKey: string
}

/** The controller for the current session task, by `key`. */
export type SessionTaskController =
  | ChooseOrganizationTaskController
  | ResetPasswordTaskController
  | SetupMfaTaskController
  | UnknownTaskController
