import { forwardRef } from 'react'
import { Part, type PartProps, withContent } from '../../primitives/part'
import { useTask } from '../../primitives/source-context'
import { useText } from '../../primitives/ui-options'
import { QrCode } from './qr-code'

/**
 * What an authenticator app needs, in the `verify` stage: the QR code to scan (`QrCode`), the key
 * to type in by hand beside it, and the `otpauth://` link that opens an app on this device.
 */
export const Secret = /* @__PURE__ */ forwardRef<HTMLDivElement, PartProps<'div'>>(function SetupMfaSecret(props, ref) {
  const { totp, stage } = useTask('SetupMfaTask.Secret', 'setup-mfa')
  const { t } = useText()
  if (!totp || stage !== 'verify') return null
  return (
    <Part as="div" partName="secret" elementRef={ref} {...props}>
      {withContent(
        props.asChild,
        props.children,
        <>
          <QrCode />
          <span>{t('manualKey')}</span>
          <code>{totp.secret}</code>
          {totp.uri.startsWith('otpauth://') && <a href={totp.uri}>{t('setupUri')}</a>}
        </>,
      )}
    </Part>
  )
})
