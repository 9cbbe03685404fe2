import {
  type FlowIntent,
  type FlowMode,
  type Navigate,
  type RunProtectOptions,
  type SessionTaskKey,
  type SignInOrUpFlow,
  type SignInOrUpOptions,
  safeRedirect,
  useSignInOrUp,
} from '@flowkit/flows'
import type { ReactNode } from 'react'
import { footerStrings } from '../localization/en/footer'
import { signUpModeStrings } from '../localization/en/sign-up-mode'
import { useDropInLocalization } from '../localization/use-drop-in-localization'
import { Link } from '../primitives/link'
import { Part } from '../primitives/part'
import { type UiOptions, UiScope, useText } from '../primitives/ui-options'
import { SignInOrUpSteps } from './sign-in-or-up-steps'
import { type Routing, useStepUrl } from './step-url'
import { useUnsupportedWarnings } from './warn-unsupported'

/** Props every sign-in and sign-up drop-in accepts, named as on Clerk's prebuilt components. */
export interface DropInProps extends UiOptions {
  /** Where the step lives: the path under `path`, the hash, or memory. Default `path` when `path` is set, else `hash`. */
  routing?: Routing
  /** The path the component is mounted at, for `routing="path"` (e.g. `/sign-in`). */
  path?: string
  /** Shown while Clerk reads a page it sent the browser back to (an email link, an invitation); a fresh visit shows the first step at once. */
  fallback?: ReactNode
  /** Your logo, above every step (the `logo` part). */
  logo?: ReactNode
  /** Your own line under the step (help, terms), in the `footer` part after the link to sign up or in. */
  footer?: ReactNode
  /** A class for the drop-in's element (`data-flowkit-part="drop-in"`). */
  className?: string
  /** Always go here after signing in, ignoring `redirect_url`. */
  forceRedirectUrl?: string | null
  /** Go here after signing in when there is no `redirect_url`. Default `/`. */
  fallbackRedirectUrl?: string | null
  /** Prefills the identifier. */
  initialValues?: SignInOrUpOptions['initialValues']
  /** Clerk's sign-up `unsafeMetadata`, for accounts created here. */
  unsafeMetadata?: Record<string, unknown>
  /** Where to send people when sign-up is waitlist-only. */
  waitlistUrl?: string
  /** Only `redirect` is supported: social sign-in leaves the page. */
  oauthFlow?: 'redirect' | 'popup' | 'auto'
  /** Accepted for Clerk compatibility; has no effect (drop-ins never sign out). */
  afterSignOutUrl?: string
  /** Accepted for Clerk compatibility, with a warning: Flowkit is styled with CSS (`classNames`, `data-*`). */
  appearance?: unknown
  /** Flowkit: `signUpIfMissing` (enumeration-safe, the default when the instance allows it) or `standard`. */
  mode?: FlowMode
  /** Flowkit: plugs your router in (default: assigns `window.location`). */
  navigate?: Navigate
  /** Flowkit: other origins redirects may go to. */
  allowedRedirectOrigins?: string[]
  /** Flowkit: where each pending session task is handled, when not right here. */
  taskUrls?: Partial<Record<SessionTaskKey, string>>
  /** Flowkit: calling code for phone numbers typed without one, e.g. `'44'`. */
  defaultCallingCode?: string
  /** Flowkit: where the browser returns from a social provider — a page rendering this drop-in, which finishes the sign-in (or sign-up). Default: the current page. */
  ssoCallbackUrl?: string
  /**
   * Flowkit: how Clerk Protect's challenge script is loaded (default: a dynamic `import()` of the
   * https URL Clerk names). For tests where that import cannot run, e.g. the sandbox's
   * `sandbox.protect.challenge` in jsdom: `loadProtectScript={async () => ({ default: sandbox.protect.challenge })}`.
   */
  loadProtectScript?: RunProtectOptions['load']
}

interface FlowDropInProps extends DropInProps {
  component: string
  intent: FlowIntent
  /** Redirects of the other half of the journey (sign-up's for SignIn, sign-in's for SignUp). */
  otherForceRedirectUrl?: string | null | undefined
  otherFallbackRedirectUrl?: string | null | undefined
  /** SignIn's `transferable`: only `true` (the default) is supported. */
  transferable?: boolean | undefined
  /** A link to the other component's page, shown on the first step. */
  switchTo?: { href: string | undefined; prompt: 'noAccount' | 'haveAccount'; link: 'signUp' | 'signIn' }
}

// Development-only text: a production build drops it, and then there is nothing to warn about.
const UNSUPPORTED: Record<string, string> =
  process.env.NODE_ENV !== 'production'
    ? {
        appearance: 'is ignored: style Flowkit with CSS through `classNames` and the data-flowkit-* attributes.',
        afterSignOutUrl: 'has no effect: Flowkit drop-ins never sign out.',
        'oauthFlow="popup"': 'is not supported: social sign-in always redirects.',
        'transferable={false}': 'is not supported: a social sign-in for an unknown account may still create it.',
      }
    : {}

const orUndefined = (value: string | null | undefined) => value ?? undefined
const LOADING = { name: 'loading' } as const

/** The body of SignInOrUp, SignIn and SignUp: the hook, the URL, and the steps. */
export function FlowDropIn({
  component,
  intent,
  routing,
  path,
  fallback,
  logo,
  footer: own,
  className,
  localization,
  classNames,
  forceRedirectUrl,
  fallbackRedirectUrl,
  otherForceRedirectUrl,
  otherFallbackRedirectUrl,
  waitlistUrl,
  oauthFlow,
  afterSignOutUrl,
  appearance,
  switchTo,
  transferable,
  loadProtectScript,
  // What is left are the hook's own options: mode, initialValues, unsafeMetadata, navigate…
  ...options
}: FlowDropInProps) {
  useUnsupportedWarnings(
    component,
    {
      appearance,
      afterSignOutUrl,
      'oauthFlow="popup"': oauthFlow === 'popup' || undefined,
      'transferable={false}': transferable === false || undefined,
    },
    UNSUPPORTED,
  )
  const signUp = intent === 'sign-up'
  const flow = useSignInOrUp({
    ...options,
    intent,
    forceRedirectUrl: orUndefined(signUp ? otherForceRedirectUrl : forceRedirectUrl),
    fallbackRedirectUrl: orUndefined(signUp ? otherFallbackRedirectUrl : fallbackRedirectUrl),
    signUpForceRedirectUrl: orUndefined(signUp ? forceRedirectUrl : otherForceRedirectUrl),
    signUpFallbackRedirectUrl: orUndefined(signUp ? fallbackRedirectUrl : otherFallbackRedirectUrl),
  })
  useStepUrl(flow, routing ?? (path ? 'path' : 'hash'), path)
  const strings = useDropInLocalization(localization)
  const footer = <SignUpModeLines flow={flow} waitlistUrl={waitlistUrl} switchTo={switchTo} own={own} />
  return (
    <SignInOrUpSteps
      // The fallback until the translation of ClerkProvider's localization is in.
      flow={strings.ready ? flow : { ...flow, step: LOADING }}
      fallback={fallback}
      logo={logo}
      className={className}
      localization={strings.localization}
      classNames={classNames}
      footer={footer}
      loadProtectScript={loadProtectScript}
    />
  )
}

/**
 * The lines under the step: who may sign up (invitation only), the waitlist, the other page. A
 * waitlist instance offers its waitlist up front (a sign-in: once no account was found, or a
 * sign-up was refused); an invitation-only one never does, and says so instead. Only links that
 * Flowkit's one URL check lets through are shown (`Link` applies it too).
 */
function SignUpModeLines({
  flow,
  waitlistUrl,
  switchTo,
  own,
}: {
  flow: SignInOrUpFlow
  waitlistUrl: string | undefined
  switchTo: FlowDropInProps['switchTo']
  own: ReactNode
}) {
  const first = flow.step.name === 'identifier'
  const mode = flow.signUpMode
  const refused = flow.fieldErrors.identifier ?? flow.error
  const offerWaitlist =
    mode === 'waitlist' &&
    ((first && flow.intent !== 'sign-in') ||
      refused?.code === 'identifier_not_found' ||
      refused?.code === 'sign_up_waitlist')
  const waitlist = (offerWaitlist && waitlistUrl && safeRedirect(waitlistUrl, '*')) || undefined
  // As Clerk's <SignIn/>: no link to a sign-up that only an invitation or the waitlist lets in (so
  // none before Clerk has said who may sign up).
  const open = mode === 'public' && flow.isReady
  const other =
    first && (switchTo?.link === 'signIn' || open) && switchTo?.href && safeRedirect(switchTo.href, '*')
      ? switchTo
      : undefined
  const notice = first && mode === 'restricted' && flow.intent === 'sign-in-or-up'
  if (!(other || waitlist || notice || own)) return null
  return (
    <UiScope strings={{ ...footerStrings, ...signUpModeStrings }}>
      <Lines notice={notice} waitlist={waitlist} switchTo={other} own={own} />
    </UiScope>
  )
}

function Lines({
  notice,
  waitlist,
  switchTo,
  own,
}: {
  notice: boolean
  waitlist: string | undefined
  switchTo: FlowDropInProps['switchTo']
  own: ReactNode
}) {
  const { t } = useText()
  return (
    <>
      {notice && (
        <Part as="p" partName="notice">
          {t('invitationOnly')}
        </Part>
      )}
      {waitlist && (
        <Part as="p" partName="footer">
          {t('earlyAccess')} <Link href={waitlist}>{t('joinWaitlist')}</Link>
        </Part>
      )}
      {switchTo && (
        <Part as="p" partName="footer">
          {t(switchTo.prompt)} <Link href={switchTo.href}>{t(switchTo.link)}</Link>
        </Part>
      )}
      {own && (
        <Part as="div" partName="footer">
          {own}
        </Part>
      )}
    </>
  )
}
