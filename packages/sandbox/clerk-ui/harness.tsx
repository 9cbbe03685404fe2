// What every test of Clerk's prebuilt components shares: one MSW server per file, and a page that
// renders a component of Clerk's (with @clerk/ui) on a fresh sandbox plus a line saying who is
// signed in, as the app around it would.
import { useSession, useUser } from '@clerk/react'
import { ui } from '@clerk/ui'
import { type RenderResult, render, screen, waitFor } from '@testing-library/react'
import userEvent, { PointerEventsCheckLevel, type UserEvent } from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { createSandbox, type Sandbox, type SandboxConfig, SandboxProvider } from '../src/index'
import { setupSandboxServer } from '../src/node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => {
  server.resetHandlers()
  window.history.replaceState(null, '', '/')
  // Clerk's UI mounts its modals into a root of its own in <body>, which outlives the test's render.
  document.getElementById('clerk-components')?.remove()
})
afterAll(() => server.close())

/** The app's own line about the session, outside Clerk's components: signed in, pending a task, or out. */
function WhoIsSignedIn() {
  const { session } = useSession()
  const { user } = useUser()
  const who = user?.primaryEmailAddress?.emailAddress ?? user?.primaryPhoneNumber?.phoneNumber ?? user?.username
  const task = session?.currentTask?.key
  const text = session?.status === 'active' ? `Signed in as ${who}` : session ? `Pending task: ${task}` : 'Signed out'
  return <output aria-label="Session">{text}</output>
}

/** A page of the app: Clerk's component on a new Clerk for the sandbox (each render is a page load). */
export function renderPage(sandbox: Sandbox, component: ReactNode): RenderResult {
  return render(
    <SandboxProvider sandbox={sandbox} ui={ui}>
      <WhoIsSignedIn />
      {component}
    </SandboxProvider>,
  )
}

/** Renders a component of Clerk's on a fresh sandbox; `setup` runs before Clerk loads (e.g. startSession). */
export function renderWithClerkUi(
  config: SandboxConfig,
  component: ReactNode,
  setup?: (sandbox: Sandbox) => void,
): { sandbox: Sandbox; user: UserEvent; page: RenderResult } {
  const sandbox = server.use(createSandbox(config))
  setup?.(sandbox)
  // user-event checks CSS pointer-events up the tree on every click; with Clerk's styles in jsdom that
  // is most of a test's time, and Clerk's UI never disables pointer events to block a click.
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never })
  const page = renderPage(sandbox, component)
  return { sandbox, user, page }
}

/**
 * The browser coming back from the OAuth provider: the sign-in page is gone, the callback URL loads,
 * and Clerk's callback component finishes the flow on a new Clerk.
 */
export function returnFromProvider(
  sandbox: Sandbox,
  page: { unmount(): void },
  callbackUrl: string,
  component: ReactNode,
): RenderResult {
  page.unmount()
  const url = new URL(callbackUrl, window.location.href)
  window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`)
  return renderPage(sandbox, component)
}

/** The app's session line, once it says `text` (Clerk's UI finishing a flow ends here). */
export const expectSession = (text: string) =>
  waitFor(() => expect(screen.getByRole('status', { name: 'Session' })).toHaveTextContent(text))

/** Types into a field as a browser's autofill or a paste would: one input event, not one per key. */
export async function fill(user: UserEvent, label: string | RegExp, value: string) {
  const field = await screen.findByLabelText(label)
  await user.click(field)
  await user.clear(field)
  await user.paste(value)
}

/** Enters a one-time code into Clerk's code input (it submits itself once complete). */
export const enterCode = (user: UserEvent, code: string) => fill(user, 'Enter verification code', code)

/**
 * Follows one of Clerk's link-styled actions ("Forgot password?", "Use another method"). Found by its
 * text: some are `<a href="">`, which testing-library's role query does not count as a link.
 */
export async function follow(user: UserEvent, text: string | RegExp) {
  await user.click(await screen.findByText(text, { selector: 'a' }))
}

/** Clicks a button once it is there. */
export async function press(user: UserEvent, name: string | RegExp) {
  await user.click(await screen.findByRole('button', { name }))
}
