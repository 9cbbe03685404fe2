import type { EnvironmentResource, SessionResource } from '@clerk/react/types'
import type { Runner } from '../internal/run'

/** What every task controller shares: the pending session, one runner, and how to finish. */
export interface TaskContext {
  session: SessionResource | null | undefined
  env: EnvironmentResource | undefined
  runner: Runner
  /** Activates the session (with an organization for `choose-organization`) and navigates on. */
  finish(organizationId?: string): Promise<void>
}
