import { useClerk, useWaitlist } from '@clerk/react'
import { useState } from 'react'
import { inputError } from '../errors/normalize-error'
import { normalizeIdentifier } from '../input/normalize-identifier'
import { must, useRunner } from '../internal/run'
import { go, safeRedirect } from '../navigation/resolve-redirect'
import type { JoinWaitlistController, JoinWaitlistOptions } from './types'

const initialAddress = (options: JoinWaitlistOptions) =>
  options.initialValues?.emailAddress ??
  (typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('email_address')) ??
  ''

/**
 * Joins the instance's waitlist (Clerk's `useWaitlist()`): the address is checked before any
 * request, `join` puts it on the list, and `step` turns `joined`. Errors are data, as everywhere in
 * Flowkit; `onError` and `onComplete` hear them as the journey's callbacks do.
 *
 * @example
 * const waitlist = useJoinWaitlist({ afterJoinWaitlistUrl: '/thanks' })
 * if (waitlist.step === 'joined') return <p>You’re on the list, {waitlist.emailAddress}.</p>
 */
export function useJoinWaitlist(options: JoinWaitlistOptions = {}): JoinWaitlistController {
  const clerk = useClerk()
  const { waitlist } = useWaitlist()
  const runner = useRunner({ onError: options.onError })
  const [emailAddress, setEmailAddress] = useState(() => initialAddress(options))
  const [joined, setJoined] = useState(false)
  const fieldError = runner.errors.find((error) => error.field === 'emailAddress') ?? null

  return {
    step: !clerk.loaded || !waitlist ? 'loading' : joined ? 'joined' : 'join',
    emailAddress,
    isPending: runner.isPending,
    error: runner.errors.find((error) => error.field !== 'emailAddress') ?? null,
    fieldError,
    join: runner.run(async (raw: string) => {
      if (!waitlist) return
      const address = normalizeIdentifier(raw, { accepts: ['email_address'] })
      if (!address.ok) throw inputError(address.problem, 'emailAddress')
      setEmailAddress(address.value)
      must(await waitlist.join({ emailAddress: address.value }))
      setJoined(true)
      options.onComplete?.({ emailAddress: address.value })
      const onward =
        options.afterJoinWaitlistUrl && safeRedirect(options.afterJoinWaitlistUrl, options.allowedRedirectOrigins)
      if (onward) await go(onward, options.navigate)
    }),
  }
}
