import type { EnvironmentResource } from '@clerk/react/types'

/**
 * The instance's settings, as clerk-js loaded them. Headless code has no public accessor; Clerk's
 * own components read this same property. Undefined until Clerk has loaded.
 */
export function environmentOf(clerk: object): EnvironmentResource | undefined {
  return (clerk as { __internal_environment?: EnvironmentResource }).__internal_environment
}
