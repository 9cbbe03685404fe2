import type { Clerk } from '@clerk/clerk-js'
import { ClerkProvider } from '@clerk/react'
import { type ComponentProps, type ReactNode, useEffect, useState } from 'react'
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
  const [clerk, setClerk] = useState<Clerk | null>(null)

  useEffect(() => {
    let current = true
    void sandbox.createClerk().then((created) => {
      if (current) setClerk(created)
    })
    return () => {
      current = false
    }
  }, [sandbox])

  if (!clerk) return null
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
