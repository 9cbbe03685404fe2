import type { FlowError } from '../errors/types'
import type { PasswordRule } from '../input/password-rules'

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
  /** There are more organizations than one page shows: offer a search (`search`). */
  searchable: boolean
  /** Filters the list (name or slug, any case); searches the server when not every item is loaded. */
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
  /** The instance's rules for the new password, for a live hint (`submit` checks them too). */
  passwordRules: PasswordRule[]
  /** Sets the new password (other sessions are signed out unless told not to), then continues. */
  submit(values: { password: string; signOutOfOtherSessions?: boolean }): Promise<void>
}

/** A second factor the `setup-mfa` task can enrol: an authenticator app, or SMS codes. */
export type SetupMfaMethod = 'totp' | 'phone_code'

/**
 * `setup-mfa`: the instance requires MFA; the user enrols an authenticator app, or a phone number
 * for SMS codes when the instance offers them.
 */
export interface SetupMfaTaskController extends TaskBase {
  key: 'setup-mfa'
  /** What the instance offers to set up, authenticator app first: offer a choice when there are two. */
  methods: SetupMfaMethod[]
  /** The method being set up, once `start` chose it. */
  method: SetupMfaMethod | null
  /**
   * `start` (choose a method) → for SMS, `phone` (add a number, or pick a verified one) → `verify`
   * (the app's code, or the texted one) → `backup-codes` (shown once) → `finish`.
   */
  stage: 'start' | 'phone' | 'verify' | 'backup-codes'
  /** After `start('totp')`: the secret to type and the `otpauth://` URI for a QR code. */
  totp: { secret: string; uri: string } | null
  /** On `phone`: the user's verified numbers that can take the codes without a new one. */
  phoneNumbers: { id: string; phoneNumber: string }[]
  /** On `verify` for SMS: the number the code was texted to. */
  phoneNumber: string | null
  /** After enrolling, when the instance issues them: show once, then `finish`. */
  backupCodes: string[] | null
  /** Starts setting `method` up (default: the first of `methods`): creates the TOTP secret, or asks for a number. */
  start(method?: SetupMfaMethod): Promise<void>
  /** SMS, on `phone`: adds the number (E.164 or with a `+`) to the account and texts it a code. */
  addPhoneNumber(phoneNumber: string): Promise<void>
  /** SMS, on `phone`: uses one of `phoneNumbers`, verified already, so no code is needed. */
  choosePhoneNumber(id: string): Promise<void>
  /** Checks a code from the app, or the texted one (which then reserves the number for sign-in). */
  verify(code: string): Promise<void>
  /** `back` has a stage to return to (the number, or the choice of method). */
  canGoBack: boolean
  /** Back one stage, no request: what Clerk has already (a number added) stays. */
  back(): void
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
