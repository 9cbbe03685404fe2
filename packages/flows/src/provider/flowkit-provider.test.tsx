import { ClerkProvider, useAuth } from '@clerk/react'
import { createSandbox, presets } from '@flowkit/sandbox'
import { sandboxServerForFile } from '@flowkit/test-support'
import { render, screen, waitFor } from '@testing-library/react'
import type { ComponentType, ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { FlowkitProvider } from './flowkit-provider'

// In an app, ClerkProvider hot-loads clerk-js from Clerk's CDN, then the prebuilt UI script
// (`@clerk/ui`'s ui.browser.js) as a <script> element. Here the sandbox's Clerk stands in for the
// loaded clerk-js script (window.Clerk, which is all @clerk/react checks for), so what follows is
// exactly what an app's page does next; jsdom never fetches the script's src.
const server = sandboxServerForFile()

const uiScripts = () =>
  [...document.querySelectorAll('script')].filter(
    (script) => script.hasAttribute('data-clerk-ui-script') || script.src.includes('/npm/@clerk/ui@'),
  )

function SignedInState() {
  const { isLoaded, isSignedIn } = useAuth()
  return <p>{isLoaded ? (isSignedIn ? 'Signed in' : 'Signed out') : 'Loading Clerk'}</p>
}

function renderWithHotLoadedClerk(Provider: ComponentType<{ publishableKey: string; children: ReactNode }>) {
  const sandbox = server.use(createSandbox(presets.emailCode))
  Object.assign(window, { Clerk: sandbox.newClerk() })
  render(
    <Provider publishableKey={sandbox.publishableKey}>
      <SignedInState />
    </Provider>,
  )
  return sandbox
}

afterEach(() => {
  Reflect.deleteProperty(window, 'Clerk')
  for (const script of uiScripts()) script.remove()
})

describe('FlowkitProvider', () => {
  it('renders its children and loads Clerk without requesting the prebuilt UI script', async () => {
    const sandbox = renderWithHotLoadedClerk(FlowkitProvider)
    expect(await screen.findByText('Signed out')).toBeInTheDocument()
    expect(uiScripts()).toEqual([])
    // Clerk did load against the sandbox: the environment and the client were fetched.
    expect(sandbox.requests.summary()).toEqual(expect.arrayContaining(['GET /environment', 'GET /client']))
  })

  it('is what keeps the script away: a plain ClerkProvider requests it', async () => {
    renderWithHotLoadedClerk(ClerkProvider)
    await waitFor(() => expect(uiScripts()).toHaveLength(1))
    expect(uiScripts()[0]?.src).toMatch(/^https:\/\/[^/]+\/npm\/@clerk\/ui@[^/]+\/dist\/ui\.browser\.js$/)
    // Clerk waits for that script before it loads, so the app shows nothing of the session yet.
    expect(screen.getByText('Loading Clerk')).toBeInTheDocument()
  })
})
