// Unit-suite setup (issue 8): every console method is watched for the whole suite, and a test fails
// when anything it caused to be logged holds a secret: a password or code the client sent, a
// token, a session id or an email address. Calls still reach the real console, so development
// warnings show as before.
import { inspect } from 'node:util'
import { afterEach, beforeEach } from 'vitest'

const METHODS = [
  'log',
  'info',
  'warn',
  'error',
  'debug',
  'trace',
  'dir',
  'dirxml',
  'table',
  'group',
  'groupCollapsed',
  'assert',
  'count',
  'timeLog',
] as const
type Method = (typeof METHODS)[number]
type LogFunction = (...args: unknown[]) => void
/** The console's methods, as plain functions (their overloads differ, the wrapper is the same). */
const methods = console as unknown as Record<Method, LogFunction>

/** Secrets recognisable by their shape. */
const PATTERNS: [string, RegExp][] = [
  ['an email address', /[\w.+-]+@[\w-]+(\.[\w-]+)*\.[a-z]{2,}/i],
  ['a session id', /\bsess_\w+/],
  ['a token (JWT)', /\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/],
  ['a dev-browser token', /\bdvb_\w+/],
  ['a secret key', /\bsk_(test|live)_\w+/],
  // Six digits standing alone (not part of a time, a version, a port, an id or a longer number).
  ['a one-time code', /(?<![\w.:/-])\d{6}(?![\w:/-]|\.\d)/],
]

/** Form fields whose sent values are secrets wherever they show up later. */
const SECRET_FIELDS = /^(password|new_password|current_password|code|token|ticket|backup_code)$/

const real = Object.fromEntries(METHODS.map((method) => [method, methods[method]])) as Record<Method, LogFunction>
let fetchBefore: typeof fetch | undefined
let logged: { method: Method; text: string }[] = []
let sent = new Set<string>()

function textOf(args: unknown[]) {
  return args
    .map((arg) => (typeof arg === 'string' ? arg : inspect(arg, { depth: 6, breakLength: Infinity })))
    .join(' ')
}

/** Remembers the secret fields of a form-encoded request body (what clerk-js sends). */
function rememberSecrets(body: unknown) {
  if (typeof body !== 'string' && !(body instanceof URLSearchParams)) return
  for (const [key, value] of new URLSearchParams(body)) {
    if (SECRET_FIELDS.test(key) && value.length >= 4) sent.add(value)
  }
}

beforeEach(() => {
  logged = []
  sent = new Set()
  for (const method of METHODS) {
    // Re-installed per test: a test may have replaced a method (e.g. vi.spyOn(console, 'warn')).
    methods[method] = (...args: unknown[]) => {
      logged.push({ method, text: textOf(args) })
      real[method].apply(console, args)
    }
  }
  // MSW has patched fetch by now (servers listen in beforeAll); this sits in front of it.
  const current = globalThis.fetch
  fetchBefore = current
  if (current) {
    globalThis.fetch = (input, init) => {
      rememberSecrets(init?.body)
      return current(input, init)
    }
  }
})

afterEach(() => {
  for (const method of METHODS) methods[method] = real[method]
  if (fetchBefore) globalThis.fetch = fetchBefore
  const leaks = findLeaks(logged, sent)
  // Says what leaked and where, never the value itself.
  if (leaks.length) throw new Error(`Sensitive data in the console:\n- ${leaks.join('\n- ')}`)
})

/** What the logged calls give away: one line per kind and method, without the values. */
export function findLeaks(calls: { method: string; text: string }[], secrets: Iterable<string>): string[] {
  const leaks = new Set<string>()
  for (const { method, text } of calls) {
    for (const [kind, pattern] of PATTERNS) if (pattern.test(text)) leaks.add(`console.${method} logged ${kind}`)
    for (const secret of secrets) {
      if (text.includes(secret)) leaks.add(`console.${method} logged a password or code the client sent`)
    }
  }
  return [...leaks]
}

/** The password and code values the client has sent during the current test. */
export const sentSecrets = (): ReadonlySet<string> => sent
