import { messages } from './messages'
import type { FlowError, FlowErrorCode, FlowField } from './types'

/** What Flowkit reads from Clerk's `ClerkAPIResponseError` and `ClerkRuntimeError` (duck-typed). */
interface ClerkErrorLike {
  code?: string
  status?: number
  retryAfter?: number
  message?: string
  longMessage?: string
  meta?: { paramName?: string }
  errors?: ClerkErrorLike[]
}

// First match wins; Clerk's codes are many, a UI only needs to know what happened.
const RULES: [RegExp, FlowErrorCode][] = [
  // Passkeys, by what the user can do next: another browser, try again, or another method.
  [/^passkey_(pa_)?not_supported$/, 'passkey_unsupported'],
  [/^passkey_(retrieval_cancelled|retrieval_failed|operation_aborted)$/, 'passkey_cancelled'],
  [/^(passkey_not_registered|no_passkeys_found_for_user)$/, 'passkey_not_found'],
  [/^passkey_/, 'passkey_failed'],
  // Protect: a failed or expired check comes with a new challenge (before `_expired$`: no restart).
  [/^protect_check_/, 'protect_check_failed'],
  [/^(form_code_incorrect|verification_failed)$/, 'incorrect_code'],
  [/^verification_expired$/, 'expired_code'],
  [/^form_password_(or_identifier_)?incorrect$/, 'incorrect_password'],
  [/^form_password/, 'weak_password'],
  [/^(form_identifier_not_found|invitation_account_not_exists)$/, 'identifier_not_found'],
  [/^form_identifier_exists/, 'identifier_exists'],
  // Two refusals a UI answers differently: invitation only (never offer a waitlist) and waitlist.
  [/^sign_up_restricted_waitlist/, 'sign_up_waitlist'],
  [/^sign_up_(mode_)?restricted/, 'sign_up_restricted'],
  [/^not_allowed_to_sign_up/, 'sign_up_not_allowed'],
  // An invitation link that cannot be used: Flowkit's words (Clerk's speak of a "ticket").
  [/^ticket_expired/, 'invitation_expired'],
  [/^ticket_/, 'invitation_invalid'],
  [/^(enterprise_sso_|saml_)/, 'sso_refused'],
  // The user said no at the social or enterprise provider: nothing broke, they can pick another way.
  [/^oauth_access_denied$/, 'provider_denied'],
  // Gone from the server (expired, or the client changed): the attempt has to start again.
  [/_expired$|^(client_state_invalid|resource_not_found)$/, 'attempt_expired'],
  [/^form_param|^invalid_/, 'invalid_input'],
  [/rate_limit|too_many/, 'rate_limited'],
  [/^network_error$/, 'network'],
  [/^(user_(locked|banned|deactivated)|not_allowed_access|captcha_|device_blocked|action_blocked)/, 'not_allowed'],
]

// Codes whose message is Flowkit's, whatever Clerk's code or text.
const OWN_WORDS: FlowErrorCode[] = ['rate_limited', 'network', 'server', 'invitation_invalid', 'invitation_expired']

// A literal list with a pure mark, so an app that never normalizes an error drops it.
const FIELDS = /* @__PURE__ */ new Set<string>([
  'identifier',
  'password',
  'code',
  'newPassword',
  'firstName',
  'lastName',
  'username',
  'emailAddress',
  'phoneNumber',
  'legalAccepted',
  'organizationName',
  'organizationSlug',
])
// Clerk's organization params are plain `name` and `slug`.
const ORGANIZATION_FIELDS: Record<string, FlowField> = { name: 'organizationName', slug: 'organizationSlug' }

/**
 * Turns anything a Clerk call rejected with (an API error with one or more `errors`, a runtime
 * error such as `network_error`, or an unexpected throw) into Flowkit errors, one per Clerk error.
 * Field errors carry `field`; the message comes from the table, else Clerk's `longMessage`.
 */
export function normalizeError(error: unknown): FlowError[] {
  // Flowkit's own errors (thrown by a verb after a check) pass through.
  if ((error as FlowError | undefined)?.messageKey) return [error as FlowError]
  const outer = (error ?? {}) as ClerkErrorLike
  const items = outer.errors?.length ? outer.errors : [outer]
  return items.map((item) => {
    // clerk-js throws a plain Error, without a code, when fetch fails (offline, DNS, CORS).
    const clerkCode = item.code ?? (/Network error at /.test(item.message ?? '') ? 'network_error' : 'unknown')
    const param = item.meta?.paramName
    const code: FlowErrorCode =
      outer.status === 429
        ? 'rate_limited'
        : (outer.status ?? 0) >= 500
          ? 'server'
          : (RULES.find(([pattern]) => pattern.test(clerkCode))?.[1] ?? 'unknown')
    // Flowkit's own text: Clerk's is generic, or (passkeys) the browser's own technical wording.
    const generic = OWN_WORDS.includes(code) || /^(passkey_.+|protect_check_failed)$/.test(code)
    const keys = generic ? [code] : param ? [`${clerkCode}__${param}`, clerkCode] : [clerkCode]
    const messageKey = keys.find((key) => key in messages) ?? (keys[0] as string)
    const field = param && (ORGANIZATION_FIELDS[param] ?? fieldName(param))
    return {
      code,
      message: messages[messageKey] ?? item.longMessage ?? item.message ?? messages[code] ?? messages.unknown,
      messageKey,
      ...(field && FIELDS.has(field) ? { field } : {}),
      ...(code === 'rate_limited' && outer.retryAfter ? { retryAfterSeconds: outer.retryAfter } : {}),
      clerkCode,
      cause: error,
    }
  })
}

/**
 * An error Flowkit finds itself, before or without a request: `key` is a message-table key such as
 * `invalid_email`.
 */
export function inputError(key: string, field?: FlowField, code: FlowErrorCode = 'invalid_input'): FlowError {
  return { code, message: messages[key] ?? messages.unknown, messageKey: key, ...(field ? { field } : {}) }
}

/** Clerk's snake_case attribute or param name as Flowkit's camelCase field (`first_name` → `firstName`). */
export function fieldName(name: string): FlowField {
  return name.replace(/_(.)/g, (_, letter: string) => letter.toUpperCase()) as FlowField
}
