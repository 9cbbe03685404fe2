import { createSandbox, type Sandbox, SandboxProvider } from '@flowkit/sandbox'
import { type ReactNode, useSyncExternalStore } from 'react'

// An in-memory Clerk instance in this tab, answered by MSW's service worker (offline-worker.ts):
// sign-up with an email code and the terms, Google and GitHub beside it, and every session must pick
// an organization (the choose-organization task).
export const sandbox = createSandbox({
  instance: {
    applicationName: 'Acme',
    identifiers: ['email_address'],
    firstFactors: ['email_code'],
    oauth: ['google', 'github'],
    signUp: { legalConsent: true, emailVerification: 'email_code' },
    organizations: { enabled: true, forceSelection: true, allowCreation: true },
    termsUrl: 'https://example.com/terms',
    privacyPolicyUrl: 'https://example.com/privacy',
  },
})

/**
 * ClerkProvider on the offline Clerk, with an inbox showing the codes it "emails". Clerk loads once
 * `ready` (the worker's start) resolves; the page renders and takes input before that. The build's
 * prerender renders it without `ready`: on the server Clerk never loads.
 */
export function OfflineClerk({ ready, children }: { ready?: Promise<unknown>; children: ReactNode }) {
  return (
    <SandboxProvider sandbox={sandbox} ready={ready}>
      {children}
      <Inbox sandbox={sandbox} />
    </SandboxProvider>
  )
}

const noEmailYet = () => undefined

/** Offline there is no real email: the codes the sandbox sends appear here. */
function Inbox({ sandbox }: { sandbox: Sandbox }) {
  const latest = useSyncExternalStore(
    (onChange) => sandbox.outbox.subscribe(onChange),
    () => sandbox.outbox.latest(),
    noEmailYet,
  )
  return (
    <aside className="inbox" aria-label="Offline inbox">
      <h2>Offline inbox</h2>
      {latest?.code ? (
        <p>
          Code for {latest.to}: <output>{latest.code}</output>
        </p>
      ) : (
        <p>No email yet. Codes sent by the offline Clerk show up here.</p>
      )}
    </aside>
  )
}
