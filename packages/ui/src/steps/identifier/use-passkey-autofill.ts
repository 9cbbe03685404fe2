import { passkeyAutofill, type SignInOrUpFlow } from '@flowkit/flows'
import { useEffect } from 'react'

/**
 * Passkeys offered in the identifier field's autofill (conditional UI), where the instance allows it:
 * started once the browser says it can (`passkeyAutofill.supported()`), and dropped when the field
 * goes (the user typed and went on). Returns whether it is offered, for the field's `autocomplete`.
 */
export function usePasskeyAutofill(flow: SignInOrUpFlow): boolean {
  const offered = flow.offers(passkeyAutofill)
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per mounted field; `flow` changes every render
  useEffect(() => {
    if (!offered) return
    let cancel: (() => void) | undefined
    let gone = false
    void passkeyAutofill.supported().then((available) => {
      if (available && !gone) cancel = flow.autofill(passkeyAutofill)
    })
    return () => {
      gone = true
      cancel?.()
    }
  }, [offered])
  return offered
}
