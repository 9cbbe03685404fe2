import type { ClerkLocalization } from '@flowkit/flows'
import { CLERK_ERRORS, CLERK_GENERIC_ERROR, CLERK_KEYS, type ClerkCandidate, type ClerkSource } from './clerk-keys'
import { en } from './en'
import type { Localization, LocalizationKey } from './types'

export interface FromClerkOptions {
  /** The instance's name, for Clerk's titles that say it (`Sign in to {{applicationName}}`). Drop-ins pass it. */
  applicationName?: string | undefined
}

type Tree = { [key: string]: unknown }

const valueAt = (resource: Tree, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], resource)

// Clerk's `{{ name }}`, `{{ name | titleize }}`, `{{ name || link("text") }}`: Flowkit's `{name}`.
const CLERK_PLACEHOLDER = /\{\{\s*(\w+)[^}]*\}\}/g
const FLOWKIT_PLACEHOLDER = /\{(\w+)\}/g
// Clerk's link placeholders in the legal-consent sentence are Flowkit's `{terms}` and `{privacy}`.
const RENAMED: Record<string, string> = { termsOfServiceLink: 'terms', privacyPolicyLink: 'privacy' }
// An error's placeholders are filled from `FlowError.values` (a password rule's `length`).
const ERROR_VALUES = ['length']

const placeholdersOf = (text: string) => Array.from(text.matchAll(FLOWKIT_PLACEHOLDER), ([, name]) => name as string)

/**
 * One candidate's text in Flowkit's placeholder syntax, or `undefined` when the resource lacks it or
 * it names a value Flowkit cannot fill there (then the next candidate, or the English, is used).
 */
function textOf(resource: Tree, candidate: ClerkCandidate, allowed: string[], applicationName?: string) {
  let text: unknown
  let values: readonly string[] = []
  if (typeof candidate === 'string') text = valueAt(resource, candidate)
  else if ('linkIn' in candidate) {
    const sentence = valueAt(resource, candidate.linkIn)
    const link = new RegExp(`\\{\\{\\s*${candidate.placeholder}\\s*\\|\\|\\s*link\\(\\s*["'](.+?)["']\\s*\\)\\s*\\}\\}`)
    text = typeof sentence === 'string' ? sentence.match(link)?.[1] : undefined
  } else {
    const parts = candidate.keys.map((key) => valueAt(resource, key))
    if (parts.every((part) => typeof part === 'string' && part))
      text = parts.join(candidate.join ?? '') + (candidate.tail ?? '')
    values = candidate.values ?? []
  }
  if (typeof text !== 'string' || !text.trim()) return undefined
  let usable = true
  let nameUnknown = false
  const converted = text.replace(CLERK_PLACEHOLDER, (_, name: string) => {
    if (name === 'applicationName') {
      nameUnknown = !applicationName
      return applicationName ?? ''
    }
    const flowkit = RENAMED[name] ?? name
    if (!allowed.includes(flowkit) && !values.includes(flowkit)) usable = false
    return `{${flowkit}}`
  })
  if (!usable) return undefined
  return nameUnknown ? NAME_UNKNOWN : converted
}

// A text that names the application while its name is not known yet (Clerk has not loaded).
const NAME_UNKNOWN = Symbol('application name unknown')

function resolve(resource: Tree, source: ClerkSource, allowed: string[], applicationName?: string) {
  if (typeof source === 'object' && 'none' in source) return undefined
  const candidates: readonly ClerkCandidate[] = Array.isArray(source) ? source : [source as ClerkCandidate]
  let waiting = false
  for (const candidate of candidates) {
    const text = textOf(resource, candidate, allowed, applicationName)
    if (text === NAME_UNKNOWN) waiting = true
    else if (text) return text
  }
  // Nothing rather than English until the name is known: the drop-in maps again once Clerk loads.
  return waiting ? '' : undefined
}

/**
 * Flowkit's strings from a Clerk localization resource (`frFR` from `@clerk/localizations`), key by
 * key as `CLERK_KEYS` says; a key Clerk's resource lacks keeps Flowkit's English. Its
 * `unstable__errors` become `errors` (by Clerk code, as `messageKey` and `clerkCode` look them up);
 * an error Clerk has no words for says Clerk's "An error occurred" in the resource's language;
 * and its `locale` sets `lang` and `dir`. It takes the resource object, so it imports nothing from
 * `@clerk/localizations` itself.
 *
 * @example
 * <SignInOrUp localization={{ ...fromClerk(frFR), continue: 'Suivant' }} />
 */
export function fromClerk(resource: ClerkLocalization, { applicationName }: FromClerkOptions = {}): Localization {
  const tree = resource as Tree
  const strings: Localization = {}
  for (const [key, source] of Object.entries(CLERK_KEYS)) {
    const text = resolve(tree, source, placeholdersOf(en[key as LocalizationKey]), applicationName)
    if (text !== undefined) strings[key as LocalizationKey] = text
  }
  const errors: Record<string, string> = {}
  // Clerk's own placeholders (`{{email}}`) stay: a message whose values are missing shows the English.
  for (const [code, text] of Object.entries((tree.unstable__errors ?? {}) as Tree)) {
    if (typeof text === 'string' && text)
      errors[code] = text.replace(CLERK_PLACEHOLDER, (_, name: string) => `{${name}}`)
  }
  const generic = resolve(tree, CLERK_GENERIC_ERROR, [])
  for (const [key, source] of Object.entries(CLERK_ERRORS)) {
    const text = resolve(tree, source, ERROR_VALUES, applicationName) ?? generic
    if (text) errors[key] = text
  }
  return { ...strings, errors, ...(resource.locale ? { locale: resource.locale } : {}) }
}
