import type { Clerk } from '@clerk/clerk-js'
import { ClerkProvider } from '@clerk/react'
import { type ComponentProps, type ReactNode, useMemo } from 'react'
import { loadClerkJs, loadedClerkJs } from '../clerk/clerk-js'
import { deferredClerk } from '../clerk/deferred-clerk'
import type { Sandbox } from '../sandbox'

type ClerkProviderProps = ComponentProps<typeof ClerkProvider>

/** Props of `SandboxProvider`: the sandbox, plus any ClerkProvider prop to pass through. */
export type SandboxProviderProps = Omit<ClerkProviderProps, 'publishableKey' | 'Clerk' | 'children'> & {
  sandbox: Sandbox
  /**
   * Clerk loads once this has resolved: pass `worker.start()` to render before the service worker
   * is ready (Clerk's requests must not leave before it intercepts them). The children render at once.
   */
  ready?: Promise<unknown>
  children?: ReactNode
}

/**
 * `ClerkProvider` wired to a sandbox: a fresh clerk-js instance bound to it, no prebuilt-UI
 * prefetch and no telemetry (nothing leaves the machine), and router functions that record
 * navigations in `sandbox.navigations` (so sign-out settles). Its children render at once, before
 * clerk-js is fetched, as with a real key: Flowkit's steps take input while Clerk loads.
 */
export function SandboxProvider({ sandbox, ready, children, ...props }: SandboxProviderProps) {
  // Created while rendering, so children render at once (ClerkProvider shows them while it loads).
  // Each mount is a page load: a new Clerk, which reads the sandbox's client afresh. Once clerk-js is
  // there (`await server.listen()` or `worker.start()` load it) it is the Clerk itself.
  const clerk = useMemo<Clerk>(
    () =>
      loadedClerkJs() && !ready
        ? sandbox.newClerk()
        : deferredClerk(async () => {
            await Promise.all([ready, loadClerkJs()])
            return sandbox.newClerk()
          }),
    [sandbox, ready],
  )
  const navigate = (to: string) => {
    sandbox.navigations.push(to)
  }
  return (
    <ClerkProvider
      Clerk={clerk}
      publishableKey={sandbox.publishableKey}
      prefetchUI={false}
      telemetry={false}
      routerPush={navigate}
      routerReplace={navigate}
      {...(props as Partial<ClerkProviderProps>)}
    >
      {children}
    </ClerkProvider>
  )
}
