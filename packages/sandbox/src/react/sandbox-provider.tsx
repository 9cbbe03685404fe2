import { ClerkProvider } from '@clerk/react'
import { type ComponentProps, type ReactNode, useMemo } from 'react'
import type { Sandbox } from '../sandbox'

type ClerkProviderProps = ComponentProps<typeof ClerkProvider>

/** Props of `SandboxProvider`: the sandbox, plus any ClerkProvider prop to pass through. */
export type SandboxProviderProps = Omit<ClerkProviderProps, 'publishableKey' | 'Clerk' | 'children'> & {
  sandbox: Sandbox
  children?: ReactNode
}

/**
 * `ClerkProvider` wired to a sandbox: a fresh clerk-js instance bound to it, no prebuilt-UI
 * prefetch and no telemetry (nothing leaves the machine), and router functions that record
 * navigations in `sandbox.navigations` (so sign-out settles).
 */
export function SandboxProvider({ sandbox, children, ...props }: SandboxProviderProps) {
  // Created while rendering, so children render at once (ClerkProvider shows them while it loads).
  // Each mount is a page load: a new Clerk, which reads the sandbox's client afresh.
  const clerk = useMemo(() => sandbox.newClerk(), [sandbox])
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
