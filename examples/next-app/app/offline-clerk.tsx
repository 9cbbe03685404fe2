import { createSandbox, type Sandbox } from '@flowkit/sandbox'
import { setupSandboxWorker } from '@flowkit/sandbox/browser'
import { HttpResponse, http } from 'msw'
import { useSyncExternalStore } from 'react'

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

/** Starts the worker, then hands over what ClerkProvider needs for the offline Clerk. */
export async function startOfflineClerk() {
  const worker = setupSandboxWorker(sandbox)
  // @clerk/nextjs adds a <script> for clerk-js from the key's host even when it is given a Clerk
  // instance: offline that host is the sandbox, so the worker answers it with an empty script.
  worker.msw.use(
    http.get(
      `https://${sandbox.host}/npm/*`,
      () => new HttpResponse('', { headers: { 'content-type': 'text/javascript' } }),
    ),
  )
  await worker.start()
  return { clerk: sandbox.newClerk(), publishableKey: sandbox.publishableKey, inbox: <Inbox sandbox={sandbox} /> }
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
