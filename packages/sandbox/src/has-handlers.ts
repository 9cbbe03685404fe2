import type { RequestHandler } from 'msw'

/**
 * Anything with MSW handlers: a `Sandbox`. The node and browser entries take it structurally, so
 * they stay independent of the main entry (and of its build).
 */
export interface HasHandlers {
  readonly handlers: readonly RequestHandler[]
}
