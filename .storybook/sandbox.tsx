import type { Decorator, Loader, StoryContext } from '@storybook/react-vite'
import { createSandbox, type Sandbox, type SandboxConfig, SandboxProvider } from '../packages/sandbox/src'
import { setupSandboxWorker } from '../packages/sandbox/src/browser'

/**
 * `parameters.sandbox` of a story: the config of the fresh sandbox it runs against (default `{}`),
 * plus an optional `setup` run before the story renders (seed state, arm faults); or `false` for a
 * story that needs no Clerk at all.
 *
 * @example
 * export const Default: Story = {
 *   parameters: { sandbox: { ...presets.emailCode, users: [{ emailAddress: 'ada@example.com' }] } },
 *   play: async (context) => {
 *     const code = sandboxOf(context).outbox.latestCode('ada@example.com')
 *   },
 * }
 */
export type SandboxParameter = (SandboxConfig & { setup?: (sandbox: Sandbox) => void | Promise<void> }) | false

// One service worker for the page; each story routes it to its own fresh sandbox.
const worker = setupSandboxWorker()

/** Creates the story's sandbox before it renders; `context.loaded.sandbox` holds it. */
export const sandboxLoader: Loader = async (context) => {
  const parameter = context.parameters.sandbox as SandboxParameter | undefined
  if (parameter === false) return {}
  const { setup, ...config } = parameter ?? {}
  await worker.start()
  worker.resetHandlers()
  const sandbox = worker.use(createSandbox(config))
  await setup?.(sandbox)
  return { sandbox }
}

/** Wraps the story in `SandboxProvider` (ClerkProvider on the story's sandbox). */
export const withSandbox: Decorator = (Story, context) => {
  const sandbox = context.loaded.sandbox as Sandbox | undefined
  if (!sandbox) return <Story />
  return (
    <SandboxProvider sandbox={sandbox}>
      <Story />
    </SandboxProvider>
  )
}

/** The sandbox a story runs against, for `play` functions (read the outbox, the request log…). */
export function sandboxOf(context: Pick<StoryContext, 'loaded'>): Sandbox {
  const sandbox = context.loaded.sandbox as Sandbox | undefined
  if (!sandbox) throw new Error('This story has no sandbox: it sets parameters.sandbox = false.')
  return sandbox
}
