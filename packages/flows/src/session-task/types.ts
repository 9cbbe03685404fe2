import type { FlowError } from '../errors/types'

/** Session task keys Clerk defines (`session.currentTask.key`). */
export type SessionTaskKey = 'choose-organization' | 'reset-password' | 'setup-mfa'

export interface OrganizationSummary {
  id: string
  name: string
  slug: string | null
  imageUrl: string | null
  membersCount?: number
}

export interface ChooseOrganizationItem {
  kind: 'membership' | 'invitation' | 'suggestion'
  /** The membership, invitation or suggestion id. */
  id: string
  organization: OrganizationSummary
}

interface TaskBase {
  isPending: boolean
  error: FlowError | null
}

export interface ChooseOrganizationTaskController extends TaskBase {
  key: 'choose-organization'
  /** Memberships first, then invitations and suggestions when the instance enables them. */
  items: ChooseOrganizationItem[]
  hasMore: boolean
  isLoadingMore: boolean
  loadMore(): Promise<void>
  /** Filters the list; searches the server when not every item is loaded. */
  search(query: string): void
  query: string
  canCreate: boolean
  select(item: ChooseOrganizationItem): Promise<void>
  create(values: { name: string; slug?: string }): Promise<void>
}

export interface ResetPasswordTaskController extends TaskBase {
  key: 'reset-password'
  submit(values: { password: string; signOutOfOtherSessions?: boolean }): Promise<void>
}

export interface SetupMfaTaskController extends TaskBase {
  key: 'setup-mfa'
  /** `start` → show secret/URI → `verify(code)` → `backup-codes` (shown once) → `finish`. */
  stage: 'start' | 'verify' | 'backup-codes'
  totp: { secret: string; uri: string } | null
  backupCodes: string[] | null
  start(): Promise<void>
  verify(code: string): Promise<void>
  finish(): Promise<void>
}

export interface UnknownTaskController extends TaskBase {
  key: 'unknown'
  /** The key Clerk sent that this version of Flowkit does not know. */
  rawKey: string
}

export type SessionTaskController =
  | ChooseOrganizationTaskController
  | ResetPasswordTaskController
  | SetupMfaTaskController
  | UnknownTaskController
