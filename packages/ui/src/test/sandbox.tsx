// Test-only: renders Flowkit against a fresh @flowkit/sandbox (the real clerk-js, offline).
import { createSandbox, type Sandbox, type SandboxConfig, SandboxProvider } from '@flowkit/sandbox'
import { setupSandboxServer } from '@flowkit/sandbox/node'
import { render } from '@testing-library/react'
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

/** Renders `ui` in a fresh sandbox; returns the sandbox, a user-event instance and the navigations seen. */
export function renderWithSandbox(
  server: ReturnType<typeof sandboxServerForFile>,
  config: SandboxConfig,
  ui: (navigate: (to: string) => void) => ReactNode,
  /** Runs before Clerk loads (e.g. `sandbox.startSession`). */
  setup?: (sandbox: Sandbox) => unknown,
) {
  const sandbox = server.use(createSandbox(config))
  setup?.(sandbox)
  const visited: string[] = []
  const { container } = render(<SandboxProvider sandbox={sandbox}>{ui((to) => void visited.push(to))}</SandboxProvider>)
  return { sandbox, visited, user: userEvent.setup(), container }
}
