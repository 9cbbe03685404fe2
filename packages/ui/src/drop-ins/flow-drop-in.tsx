import {
  type FlowIntent,
  type FlowMode,
  type Navigate,
  type SessionTaskKey,
  type SignInOrUpOptions,
  useSignInOrUp,
} from '@flowkit/flows'
import type { ReactNode } from 'react'
import { footerStrings } from '../localization/en'
import { Part } from '../primitives/part'
import { type UiOptions, UiScope, useUi } from '../primitives/ui-context'
import { SignInOrUpSteps } from './sign-in-or-up-steps'
import { type Routing, useStepUrl } from './step-url'
import { useUnsupportedWarnings } from './warn-unsupported'

/** Props every sign-in and sign-up drop-in accepts, named as on Clerk's prebuilt components. */
export interface DropInProps extends UiOptions {
  /** Where the step lives: the path under `path`, the hash, or memory. Default `path` when `path` is set, else `hash`. */
  routing?: Routing
  /** The path the component is mounted at, for `routing="path"` (e.g. `/sign-in`). */
  path?: string
  /** Shown while Clerk loads. */
  fallback?: ReactNode
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

/** Only http(s) or same-site paths become links (never `javascript:` and the like). */
const linkable = (url: string | undefined) => (url && /^(https?:\/\/|\/(?![/\\]))/i.test(url) ? url : undefined)

const orUndefined = (value: string | null | undefined) => value ?? undefined

/** The body of SignInOrUp, SignIn and SignUp: the hook, the URL, and the steps. */
export function FlowDropIn({
  component,
  intent,
  routing,
  path,
  fallback,
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
  const first = flow.step.name === 'identifier'
  const waitlist = flow.error?.code === 'sign_up_not_allowed' && linkable(waitlistUrl)
  const footer =
    (first && switchTo && linkable(switchTo.href)) || waitlist ? (
      <UiScope strings={footerStrings}>
        <Footer waitlist={waitlist || undefined} switchTo={first ? switchTo : undefined} />
      </UiScope>
    ) : null
  return (
    <SignInOrUpSteps
      flow={flow}
      fallback={fallback}
      className={className}
      localization={localization}
      classNames={classNames}
      footer={footer}
    />
  )
}

function Footer({ waitlist, switchTo }: { waitlist?: string | undefined; switchTo?: FlowDropInProps['switchTo'] }) {
  const { t } = useUi()
  const href = linkable(switchTo?.href)
  return (
    <Part as="p" partName="footer">
      {waitlist && (
        <Part as="a" partName="link" href={waitlist}>
          {t('joinWaitlist')}
        </Part>
      )}
      {switchTo && href && (
        <>
          {t(switchTo.prompt)}{' '}
          <Part as="a" partName="link" href={href}>
            {t(switchTo.link)}
          </Part>
        </>
      )}
    </Part>
  )
}
