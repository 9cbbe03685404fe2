import { passkey } from '@flowkit/flows'
import { forwardRef, useEffect, useState } from 'react'
import { composeHandlers } from '../../primitives/compose-handlers'
import { Part, type PartProps, presence, textOf } from '../../primitives/part'
import { useFlow } from '../../primitives/source-context'
import { useText } from '../../primitives/ui-options'
import { withLastUsed } from '../shared/last-used'

/**
 * “Sign in with a passkey” (`flow.start(passkey)`): the browser lists this site's passkeys, the user
 * picks one. Rendered only where the instance offers passkeys and the browser has WebAuthn; ignored
 * while the flow is pending.
 */
export const PasskeyButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(
  function PasskeyButton(props, ref) {
    const flow = useFlow('IdentifierStep.Passkey')
    const { t } = useText()
    // After mount: the server and the first client render agree (neither shows it).
    const [supported, setSupported] = useState(false)
    useEffect(() => setSupported(passkey.supported()), [])
    if (!supported || !flow.offers(passkey)) return null
    const pending = flow.isPending
    return (
      <Part
        as="button"
        partName="passkey-button"
        elementRef={ref}
        type="button"
        data-strategy="passkey"
        aria-disabled={pending || undefined}
        data-disabled={presence(pending)}
        {...props}
        onClick={composeHandlers(props.onClick, () => pending || flow.start(passkey))}
      >
        {textOf(props, withLastUsed(t('signInWithPasskey'), 'passkey', flow.lastStrategy))}
      </Part>
    )
  },
)
