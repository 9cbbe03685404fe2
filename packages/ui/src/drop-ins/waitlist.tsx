import { type Navigate, safeRedirect, useJoinWaitlist } from '@flowkit/flows'
import { type ReactNode, useRef } from 'react'
import { waitlistStrings } from '../localization/en/waitlist'
import { Link } from '../primitives/link'
import { Part } from '../primitives/part'
import { SourceContext } from '../primitives/source-context'
import { type UiOptions, UiScope, useText } from '../primitives/ui-options'
import { useIsomorphicLayoutEffect } from '../primitives/use-layout-effect'
import { WaitlistStep } from '../steps/waitlist'
import { Status } from './status'
import { useUnsupportedWarnings } from './warn-unsupported'

/** Props of `<Waitlist/>`, named as on Clerk's prebuilt `<Waitlist />`. */
export interface WaitlistProps extends UiOptions {
  /** Where to go once the address is on the waitlist. Default: the confirmation stays. */
  afterJoinWaitlistUrl?: string
  /** Your sign-in page, linked under the form ("Already have access? Sign in"). */
  signInUrl?: string
  /** Shown while Clerk loads. */
  fallback?: ReactNode
  /** A class for the drop-in's element (`data-flowkit-part="drop-in"`). */
  className?: string
  /** Accepted for Clerk compatibility, with a warning: Flowkit is styled with CSS (`classNames`, `data-*`). */
  appearance?: unknown
  /** Flowkit: plugs your router in (default: assigns `window.location`). */
  navigate?: Navigate
  /** Flowkit: other origins `afterJoinWaitlistUrl` may be on. */
  allowedRedirectOrigins?: string[]
}

// Development-only text: a production build drops it, and then there is nothing to warn about.
const UNSUPPORTED: Record<string, string> =
  process.env.NODE_ENV !== 'production' ? { appearance: 'is ignored: style Flowkit with CSS.' } : {}

const STEPS = { loading: 'loading', join: 'waitlist', joined: 'waitlist-joined' } as const

/**
 * Join the waitlist with an email address, then a confirmation. A drop-in for Clerk's
 * `<Waitlist />`; an address already on the list is confirmed the same way (Clerk does not say).
 *
 * @example
 * <Waitlist signInUrl="/sign-in" afterJoinWaitlistUrl="/thanks" />
 */
export function Waitlist({
  afterJoinWaitlistUrl,
  signInUrl,
  fallback = null,
  className,
  appearance,
  navigate,
  allowedRedirectOrigins,
  localization,
  classNames,
}: WaitlistProps) {
  useUnsupportedWarnings('Waitlist', { appearance }, UNSUPPORTED)
  const waitlist = useJoinWaitlist({ afterJoinWaitlistUrl, navigate, allowedRedirectOrigins })
  const container = useRef<HTMLDivElement>(null)
  const joined = waitlist.step === 'joined'
  // The confirmation replaces the form: focus follows to its heading, for keyboard and screen readers.
  useIsomorphicLayoutEffect(() => {
    if (joined) container.current?.querySelector<HTMLElement>('[data-flowkit-part="title"]')?.focus()
  }, [joined])
  return (
    <UiScope localization={localization} classNames={classNames} strings={waitlistStrings}>
      <SourceContext.Provider value={{ waitlist }}>
        <Part as="div" partName="drop-in" elementRef={container} className={className} data-step={STEPS[waitlist.step]}>
          {waitlist.step === 'loading' ? (
            fallback
          ) : (
            <>
              {joined ? <Status titleKey="waitlistJoinedTitle" hintKey="waitlistJoinedHint" /> : <WaitlistStep />}
              {signInUrl && safeRedirect(signInUrl, '*') && <SignInLine href={signInUrl} />}
            </>
          )}
        </Part>
      </SourceContext.Provider>
    </UiScope>
  )
}

/** "Already have access? Sign in", under the form and the confirmation. */
function SignInLine({ href }: { href: string }) {
  const { t } = useText()
  return (
    <Part as="p" partName="footer">
      {t('haveAccess')} <Link href={href}>{t('signIn')}</Link>
    </Part>
  )
}
