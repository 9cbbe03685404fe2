import type { Simulation } from '../state/simulation'
import type { FapiRequest, Reply } from './request'

export type Handler = (sim: Simulation, request: FapiRequest) => Reply | Promise<Reply>

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  /** `/client/sign_ins/:id/attempt_first_factor`: `:name` segments become `request.params`. */
  pattern: string
  handle: Handler
}

interface CompiledRoute extends Route {
  regexp: RegExp
  names: string[]
}

/** Matches a normalised method and path to a route and its params. */
export class Router {
  #routes: CompiledRoute[]

  constructor(routes: Route[]) {
    this.#routes = routes.map((route) => {
      const names: string[] = []
      const source = route.pattern
        .split('/')
        .map((segment) => {
          if (!segment.startsWith(':')) return segment
          names.push(segment.slice(1))
          return '([^/]+)'
        })
        .join('/')
      return { ...route, regexp: new RegExp(`^${source}$`), names }
    })
  }

  match(method: string, path: string): { route: Route; params: Record<string, string> } | null {
    for (const route of this.#routes) {
      if (route.method !== method) continue
      const found = route.regexp.exec(path)
      if (!found) continue
      const params: Record<string, string> = {}
      route.names.forEach((name, index) => {
        params[name] = decodeURIComponent(found[index + 1] ?? '')
      })
      return { route, params }
    }
    return null
  }
}
