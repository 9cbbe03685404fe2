import type { Clerk } from '@clerk/clerk-js'
import { http, type RequestHandler } from 'msw'
import { FrontendApi } from './api/frontend-api'
import { loadClerkJs, loadedClerkJs } from './clerk/clerk-js'
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
import { PROTECT_SDK_PATH } from './domain/protect'
import { startSession } from './domain/start-session'
import { createTicket, invitationUrl } from './domain/tickets'
import { FakeIdentityProvider } from './identity-provider'
import { FakeOAuthProvider } from './oauth-provider'
import { SandboxPasskeys } from './passkeys/sandbox-passkeys'
import { PROTECT_SDK_SOURCE } from './protect/challenge'
import { SandboxProtect } from './protect/sandbox-protect'
import { publishableKeyForHost } from './publishable-key'
import { Simulation } from './state/simulation'
import { SandboxWaitlist } from './waitlist'

const DEFAULT_HOST = 'clerk.flowkit.localhost'

/** What `sandbox.invite` takes besides the email address. */
export interface InviteOptions {
  /** An organization invitation: the invitee joins this organization (slug, name or id). */
  organization?: string
  /** Where the link goes; default `/sign-up` (or `/sign-in` for someone who has an account). */
  redirectUrl?: string
}

/** An invitation as its email carries it. */
export interface Invitation {
  /** The `__clerk_ticket` that `signUp.ticket()` / `signIn.ticket()` redeem. */
  ticket: string
  /** The link in the email, e.g. `/sign-up?__clerk_ticket=…&__clerk_status=sign_up`. */
  url: string
}

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
  /** The enterprise connections' fake IdPs: `sandbox.enterprise.authorize()` after an `enterprise_sso` redirect. */
  readonly enterprise: FakeIdentityProvider
  /** Who joined the waitlist: `sandbox.waitlist.entries`. */
  readonly waitlist: SandboxWaitlist
  /** Users' passkeys: `sandbox.passkeys.register(user, credential)`, `sandbox.passkeys.of(user)`. */
  readonly passkeys: SandboxPasskeys
  /** Clerk Protect's challenge: `sandbox.protect.pending`, `proofFor(token)`, `challenge`. */
  readonly protect: SandboxProtect

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
    this.enterprise = new FakeIdentityProvider(() => this.#simulation)
    this.waitlist = new SandboxWaitlist(() => this.#simulation)
    this.passkeys = new SandboxPasskeys(() => this.#simulation)
    this.protect = new SandboxProtect(() => this.#simulation)
    const api = new FrontendApi({
      simulation: () => this.#simulation,
      faults: this.faults,
      requests: this.requests,
    })
    const frontendApi = new RegExp(`^https://${escapeRegExp(this.host)}/v1/`)
    this.handlers = [
      // The Protect challenge SDK: an ES module the page imports cross-origin (so CORS applies).
      http.get(`https://${this.host}${PROTECT_SDK_PATH}`, () => protectSdkResponse()),
      http.all(frontendApi, ({ request }) => api.handle(request)),
    ]
  }

  /**
   * A new clerk-js instance bound to this sandbox, not loaded yet (ClerkProvider loads it; headless
   * code calls `await clerk.load()`). clerk-js keeps some state per module rather than per instance;
   * its `load()` clears it first, so every test's Clerk starts as a fresh page load would. Loads
   * clerk-js itself the first time (nothing imports it before a Clerk is wanted).
   */
  async createClerk(): Promise<Clerk> {
    await loadClerkJs()
    return this.newClerk()
  }

  /**
   * `createClerk()`, synchronously, once clerk-js has loaded: after any `createClerk()`, or
   * `await server.listen()` / `await worker.start()` in a DOM (they load it). Throws before that.
   */
  newClerk(): Clerk {
    const clerkJs = loadedClerkJs()
    if (!clerkJs)
      throw new Error(
        '[@flowkit/sandbox] clerk-js is not loaded yet: use `await sandbox.createClerk()`, or call newClerk() after `await server.listen()` (in jsdom) or `await worker.start()`, which load it',
      )
    return createIsolatedClerk(clerkJs, this.publishableKey, {
      // The fake providers are not pages the test can leave for: record the navigation, stay put.
      interceptNavigation: (url) => {
        if (!this.oauth.owns(url) && !this.enterprise.owns(url)) return false
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

  /**
   * Invites someone, as the Clerk Dashboard or Backend API would: returns the invitation's ticket and
   * the link its email holds (the sign-up page, or the sign-in page for someone who has an account,
   * with `__clerk_ticket` and `__clerk_status`). `organization` (slug, name or id) makes it an
   * organization invitation; `redirectUrl` is where the link goes (default `/sign-up` or `/sign-in`).
   */
  invite(emailAddress: string, options: InviteOptions = {}): Invitation {
    const record = createTicket(this.#simulation, emailAddress, {
      ...(options.organization ? { organization: options.organization } : {}),
    })
    return { ticket: record.ticket, url: invitationUrl(this.#simulation, record, options.redirectUrl) }
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

function protectSdkResponse(): Response {
  return new Response(PROTECT_SDK_SOURCE, {
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'access-control-allow-origin': '*' },
  })
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
