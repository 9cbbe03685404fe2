import { serializeClient } from '../serialize/client'
import type { Simulation } from '../state/simulation'
import type { ApiError } from './errors'
import type { Reply } from './request'

/** `{ response, client }`: how Clerk answers a mutation, with the FULL client for clerk-js to sync. */
export function withClient(sim: Simulation, response: unknown, status = 200): Reply {
  return { status, json: { response, client: serializeClient(sim) } }
}

/** A bare resource (environment, tokens), as clerk-js reads those. */
export function bare(json: unknown, status = 200): Reply {
  return { status, json }
}

/** A 4xx/5xx: Clerk's `errors` array, with the full client in `meta.client` (applied before throwing). */
export function errorReply(sim: Simulation, error: ApiError): Reply {
  return {
    status: error.status,
    json: { errors: error.errors, meta: { client: serializeClient(sim) }, clerk_trace_id: 'sandbox' },
    headers: error.headers,
  }
}
