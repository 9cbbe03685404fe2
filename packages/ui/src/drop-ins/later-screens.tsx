import { type ComponentType, lazy, type ReactNode, Suspense } from 'react'
import { useIsomorphicLayoutEffect } from '../primitives/use-layout-effect'

// Screens a drop-in shows after its first: loaded when first shown, so a drop-in's first load
// carries the identifier step alone. All of them are fetched while the browser is idle once the
// first step is up, so by the time the user has typed an address the password and code steps
// (what follows it most often) are there. The session tasks come after sign-in, once per account
// at most; a second factor follows a verified first one, another method a click, an email link or
// Clerk Protect's check a request; missing requirements follow a sign-up's first request, a new
// password a reset code, the enterprise picker only a domain with several connections.
// docs/performance.md has the figures.
const loaders: Array<() => Promise<unknown>> = []
const later = <P extends object>(load: () => Promise<ComponentType<P>>) => {
  loaders.push(load)
  return lazy(() => load().then((component) => ({ default: component })))
}

/**
 * Fetches the later screens while the browser is idle, once the first step is up, so none waits
 * on the network when it is reached (a module is fetched once: `lazy` then finds it loaded).
 */
export function prefetchLaterScreens() {
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1))
  idle(() => {
    loadLaterScreens().catch(() => {})
  })
}

/** Fetches every later screen; resolves once all are in (for a page that must not wait on one). */
export function loadLaterScreens(): Promise<void> {
  return Promise.all(loaders.map((load) => load())).then(() => undefined)
}

export const LaterPasswordStep = /* @__PURE__ */ later(() =>
  import('../steps/password').then((module) => module.PasswordStep),
)
export const LaterCodeStep = /* @__PURE__ */ later(() => import('../steps/code').then((module) => module.CodeStep))
export const LaterProtectCheckStep = /* @__PURE__ */ later(() =>
  import('../steps/protect-check').then((module) => module.ProtectCheckStep),
)
export const LaterChooseOrganizationTask = /* @__PURE__ */ later(() =>
  import('../tasks/choose-organization').then((module) => module.ChooseOrganizationTask),
)
export const LaterResetPasswordTask = /* @__PURE__ */ later(() =>
  import('../tasks/reset-password').then((module) => module.ResetPasswordTask),
)
export const LaterSetupMfaTask = /* @__PURE__ */ later(() =>
  import('../tasks/setup-mfa').then((module) => module.SetupMfaTask),
)
export const LaterMissingRequirementsStep = /* @__PURE__ */ later(() =>
  import('../steps/missing-requirements').then((module) => module.MissingRequirementsStep),
)
export const LaterResetPasswordStep = /* @__PURE__ */ later(() =>
  import('../steps/reset-password').then((module) => module.ResetPasswordStep),
)
export const LaterSecondFactorStep = /* @__PURE__ */ later(() =>
  import('../steps/second-factor').then((module) => module.SecondFactorStep),
)
export const LaterChooseStrategyStep = /* @__PURE__ */ later(() =>
  import('../steps/choose-strategy').then((module) => module.ChooseStrategyStep),
)
export const LaterEmailLinkStep = /* @__PURE__ */ later(() =>
  import('../steps/email-link').then((module) => module.EmailLinkStep),
)
export const LaterEnterpriseSsoStep = /* @__PURE__ */ later(() =>
  import('../steps/enterprise-sso').then((module) => module.EnterpriseSsoStep),
)

/** Calls `onShown` once the screen is on the page (a lazy one arrives after its step began). */
function Shown({ onShown }: { onShown: () => void }) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the screen has mounted
  useIsomorphicLayoutEffect(onShown, [])
  return null
}

/** One of the screens above with its props: the drop-in's `fallback` while it loads, `onShown` once it is in. */
export function LaterScreen<P extends object>({
  screen: Screen,
  props,
  fallback,
  onShown,
}: {
  screen: ComponentType<P>
  props: P
  fallback: ReactNode
  onShown: () => void
}) {
  return (
    <Suspense fallback={fallback}>
      <Screen {...props} />
      <Shown onShown={onShown} />
    </Suspense>
  )
}
