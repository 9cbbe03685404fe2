import { setupSandboxWorker } from '@flowkit/sandbox/browser'
import { sandbox } from './offline-clerk'

// MSW's service worker answers Clerk's requests from the sandbox. Browser only: the build's
// prerender never imports this. Not awaited here: the page hydrates (and takes input) while the
// worker starts and clerk-js loads; Clerk loads once the worker intercepts its requests.
export const workerStarted = setupSandboxWorker(sandbox).start()
