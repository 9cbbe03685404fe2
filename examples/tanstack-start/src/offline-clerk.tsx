import { createSandbox, type Sandbox } from '@flowkit/sandbox'
import { setupSandboxWorker } from '@flowkit/sandbox/browser'
import { useSyncExternalStore } from 'react'
import { setOfflineClerk } from './offline-slot'

// An in-memory Clerk instance in this tab, answered by MSW's service worker: sign-up with an email
// code and the terms, and every session must pick an organization (the choose-organization task).
const sandbox = createSandbox({
  instance: {
    applicationName: 'Acme',
    identifiers: ['email_address'],
    firstFactors: ['email_code'],
    signUp: { legalConsent: true, emailVerification: 'email_code' },
    organizations: { enabled: true, forceSelection: true, allowCreation: true },
    termsUrl: 'https://example.com/terms',
    privacyPolicyUrl: 'https://example.com/privacy',
  },
})

/** Starts the worker, then hands the root route what ClerkProvider needs for the offline Clerk. */
export async function startOfflineClerk() {
  await setupSandboxWorker(sandbox).start()
  setOfflineClerk({
    clerk: sandbox.newClerk(),
    publishableKey: sandbox.publishableKey,
    inbox: <Inbox sandbox={sandbox} />,
  })
}

const noChanges = () => () => {}

/** Offline there is no real email: the codes the sandbox sends appear here. */
function Inbox({ sandbox }: { sandbox: Sandbox }) {
  const latest = useSyncExternalStore(
    (onChange) => sandbox.outbox.subscribe(onChange),
    () => sandbox.outbox.latest(),
    () => undefined,
  )
  // The server rendered no inbox: it appears once the page has hydrated.
  const hydrated = useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  )
  if (!hydrated) return null
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
