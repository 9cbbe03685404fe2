import type { Clerk } from '@clerk/clerk-js'
import { http, type RequestHandler } from 'msw'
import { FrontendApi } from './api/frontend-api'
import { createIsolatedClerk } from './clerk/create-clerk'
import type { SandboxConfig } from './config/types'
import { validateConfig } from './config/validate'
import { SandboxClock } from './core/clock'
import { escapeRegExp } from './core/escape-reg-exp'
import { Faults } from './core/faults'
import { Outbox } from './core/outbox'
import { RequestLog } from './core/request-log'
import { totpCode } from './core/totp'
import { openEmailLink } from './domain/email-links'
import { startSession } from './domain/start-session'
import { FakeOAuthProvider } from './oauth-provider'
import { publishableKeyForHost } from './publishable-key'
import { Simulation } from './state/simulation'

const DEFAULT_HOST = 'clerk.flowkit.localhost'

/**
 * An offline Clerk instance: MSW handlers that answer clerk-js's Frontend API from in-memory state.
 * Create one per test with `createSandbox(config)`.
 */
export class Sandbox {
  /** The fake Frontend API host, e.g. `clerk.flowkit.localhost` (never a real server). */
  readonly host: string
  /** A `pk_test_` key whose Frontend API is `host`: pass it to ClerkProvider or `new Clerk()`. */
  readonly publishableKey: string
  /** The MSW request handlers: give them to `setupServer`/`setupWorker` (or use `setupSandboxServer`). */
  readonly handlers: RequestHandler[]
  /** Every email and SMS sent: `sandbox.outbox.latest('ada@example.com')?.code`. */
  readonly outbox: Outbox
  /** Every Frontend API request, normalised: `sandbox.requests.summary({ afterLoad: true })`. */
  readonly requests = new RequestLog()
  /** Inject latency, 5xx, 429 and network errors per route: `sandbox.faults.serverError('POST /client/sign_ins')`. */
  readonly faults = new Faults()
  /** The sandbox's time: `sandbox.clock.advance(10 * 60_000)` expires codes. */
  readonly clock = new SandboxClock()
  /** Where clerk-js asked the app to navigate (router functions, or the window for OAuth), oldest first. */
  readonly navigations: string[] = []
  /** The fake OAuth provider: `sandbox.oauth.authorize({ emailAddress })` after `signIn.sso(...)`. */
  readonly oauth: FakeOAuthProvider

  #simulation: Simulation

  /** Use `createSandbox(config)`, which validates the config first. */
  constructor(
    /** The config this sandbox was created with (what `reset()` returns to). */
    readonly config: SandboxConfig,
  ) {
    this.host = config.host ?? DEFAULT_HOST
    this.publishableKey = publishableKeyForHost(this.host)
    this.outbox = new Outbox((link) => openEmailLink(this.#simulation, link))
    this.#simulation = new Simulation(config, this.host, this.clock, this.outbox)
    this.oauth = new FakeOAuthProvider(() => this.#simulation)
    const api = new FrontendApi({
      simulation: () => this.#simulation,
      faults: this.faults,
      requests: this.requests,
    })
    const frontendApi = new RegExp(`^https://${escapeRegExp(this.host)}/v1/`)
    this.handlers = [http.all(frontendApi, ({ request }) => api.handle(request))]
  }

  /**
   * A new clerk-js instance bound to this sandbox, not loaded yet (ClerkProvider loads it; headless
   * code calls `await clerk.load()`). clerk-js keeps some state per module rather than per instance;
   * this clears it first, so every test's Clerk starts as a fresh page load would.
   */
  async createClerk(): Promise<Clerk> {
    return this.newClerk()
  }

  /** `createClerk()`, synchronously (what SandboxProvider uses while rendering). */
  newClerk(): Clerk {
    return createIsolatedClerk(this.publishableKey, {
      // The fake provider is not a page the test can leave for: record it, stay put.
      interceptNavigation: (url) => {
        if (!this.oauth.owns(url)) return false
        this.navigations.push(url)
        return true
      },
    })
  }

  /**
   * Signs a user in on the sandbox's client before Clerk loads (as if they had signed in earlier), so
   * a test or story can start signed in. The session gets the tasks the instance gives new sessions,
   * after `options.tasks` (any keys, e.g. one a newer Clerk adds, to test a UI that does not know it).
   * Returns the session id.
   */
  startSession(identifier: string, options: { tasks?: string[] } = {}): string {
    return startSession(this.#simulation, identifier, options.tasks)
  }

  /** Back to the initial config: users, sessions, outbox, request log, faults, clock and navigations. */
  reset(): void {
    this.clock.reset()
    this.outbox.clear()
    this.requests.reset()
    this.faults.clear()
    this.navigations.length = 0
    this.#simulation = new Simulation(this.config, this.host, this.clock, this.outbox)
  }

  /** The current TOTP code of a secret on the sandbox's clock, as an authenticator app would show it. */
  totpCode(secret: string): string {
    return totpCode(secret, this.clock.now())
  }
}

/**
 * Creates a sandbox: validates the config (throwing `SandboxConfigError` naming the bad key) and
 * seeds the instance with its users and organizations.
 *
 * @example
 * const sandbox = createSandbox({ ...presets.emailCode, users: [{ emailAddress: 'ada@example.com' }] })
 */
export function createSandbox(config: SandboxConfig = {}): Sandbox {
  validateConfig(config)
  return new Sandbox(config)
}
