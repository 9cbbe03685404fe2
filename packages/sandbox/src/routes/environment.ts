import { bare } from '../api/replies'
import type { Route } from '../api/router'
import { serializeEnvironment } from '../serialize/environment'

// Development keys "touch" the environment (PATCH); production keys GET it. Both answer it bare.
export const environmentRoutes: Route[] = [
  { method: 'PATCH', pattern: '/environment', handle: (sim) => bare(serializeEnvironment(sim.instance)) },
  { method: 'GET', pattern: '/environment', handle: (sim) => bare(serializeEnvironment(sim.instance)) },
]
