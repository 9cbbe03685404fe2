// What the fidelity tests give the examples for `next/navigation`: a router that records where the
// page asked to go, so a test can assert the navigation after sign-in.

/** Every `router.push`/`replace` the examples made, oldest first. */
export const routerCalls: { method: 'push' | 'replace'; url: string }[] = []

const router = {
  push: (url: string) => {
    routerCalls.push({ method: 'push', url })
  },
  replace: (url: string) => {
    routerCalls.push({ method: 'replace', url })
  },
  back: () => {},
  forward: () => {},
  refresh: () => {},
  prefetch: () => {},
}

export function useRouter() {
  return router
}
