import { type Instance, resolveInstance } from '../config/resolve'
import type { SandboxConfig } from '../config/types'
import type { SandboxClock } from '../core/clock'
import { IdGenerator } from '../core/ids'
import type { Outbox } from '../core/outbox'
import { SeededRandom } from '../core/random'
import { seedInvitations } from '../domain/tickets'
import { Store } from './store'

/**
 * One sandbox's world: resolved instance settings, records, and the deterministic sources (ids,
 * codes, time) every route handler uses. `sandbox.reset()` replaces it with a fresh one.
 */
export class Simulation {
  readonly instance: Instance
  readonly ids = new IdGenerator()
  readonly random: SeededRandom
  readonly store: Store
  /** When codes were sent to each address or number, for the rate limit. */
  readonly sendTimes = new Map<string, number[]>()

  constructor(
    readonly config: SandboxConfig,
    readonly host: string,
    readonly clock: SandboxClock,
    readonly outbox: Outbox,
  ) {
    this.instance = resolveInstance(config.instance, (config.organizations?.length ?? 0) > 0)
    this.random = new SeededRandom(config.seed ?? 1)
    this.store = new Store(this.ids, clock.now())
    this.store.seed(config, clock.now())
    seedInvitations(this, config.invitations)
  }

  now(): number {
    return this.clock.now()
  }
}
