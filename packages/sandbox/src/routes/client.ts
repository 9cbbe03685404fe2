import { bare, withClient } from '../api/replies'
import type { Route } from '../api/router'
import { serializeClient } from '../serialize/client'

export const clientRoutes: Route[] = [
  // Plain GETs are read as `json.response`; clerk-js does not sync `client` from them.
  { method: 'GET', pattern: '/client', handle: (sim) => bare({ response: serializeClient(sim), client: null }) },
  { method: 'PUT', pattern: '/client', handle: (sim) => withClient(sim, serializeClient(sim)) },
  {
    method: 'DELETE',
    pattern: '/client',
    handle: (sim) => {
      for (const session of sim.store.signedInSessions()) session.status = 'ended'
      sim.store.client = sim.store.newClient(sim.now())
      return withClient(sim, serializeClient(sim))
    },
  },
]
