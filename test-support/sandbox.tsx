// Test-only, shared by every package's tests (never built or published): renders React against a
// fresh @flowkit/sandbox, the real clerk-js answered offline by MSW.
import { createSandbox, type Sandbox, type SandboxConfig, SandboxProvider } from '@flowkit/sandbox'
import { setupSandboxServer } from '@flowkit/sandbox/node'
import { cleanup, render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll } from 'vitest'

/** One MSW server per test file; each test routes it to a fresh sandbox. */
export function sandboxServerForFile() {
  const server = setupSandboxServer()
  beforeAll(() => server.listen())
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return server
}

export type SandboxServer = ReturnType<typeof sandboxServerForFile>

/** A navigate option that records where the flow sent the user. */
export function recordNavigations() {
  const visited: string[] = []
  return { visited, navigate: (to: string) => void visited.push(to) }
}

/**
 * Renders `ui` in a fresh sandbox; returns the sandbox, a user-event instance, the navigations
 * seen (when `ui` is a function of a recording `navigate`) and the container.
 */
export function renderWithSandbox(
  server: SandboxServer,
  config: SandboxConfig,
  ui: ReactNode | ((navigate: (to: string) => void) => ReactNode),
  /** Runs before Clerk loads (e.g. `sandbox.startSession`). */
  setup?: (sandbox: Sandbox) => unknown,
) {
  const sandbox = server.use(createSandbox(config))
  setup?.(sandbox)
  const { visited, navigate } = recordNavigations()
  const { container } = render(
    <SandboxProvider sandbox={sandbox}>{typeof ui === 'function' ? ui(navigate) : ui}</SandboxProvider>,
  )
  return { sandbox, visited, user: userEvent.setup(), container }
}

/** Mounts `ui` on a new Clerk for the same sandbox, as a page load would (the sandbox keeps the client). */
export function renderAgain(sandbox: Sandbox, ui: ReactNode) {
  cleanup()
  sandbox.requests.clear()
  render(<SandboxProvider sandbox={sandbox}>{ui}</SandboxProvider>)
}
export { focusWhenShown } from './focus'
export { passkeyDevice } from './passkeys'
