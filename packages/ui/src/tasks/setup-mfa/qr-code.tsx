import { forwardRef, useEffect, useState } from 'react'
import { Part, type PartProps, withContent } from '../../primitives/part'
import { useTask } from '../../primitives/source-context'
import { useText } from '../../primitives/ui-options'

/** One `M x y h…v1h…z` run per row of dark modules: the whole code as one path. */
function pathOf(code: { size: number; get(x: number, y: number): boolean }) {
  let path = ''
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (!code.get(x, y)) continue
      let end = x
      while (end + 1 < code.size && code.get(end + 1, y)) end++
      path += `M${x} ${y}h${end - x + 1}v1h${x - end - 1}z`
      x = end
    }
  }
  return { path, size: code.size }
}

/**
 * The `otpauth://` URI as a QR code to scan with an authenticator app: an `<svg role="img">` of
 * one path, in `currentColor`. The encoder (`lean-qr/nano`, about 2 KB gzip) is loaded when this
 * part first shows, so no app downloads it before a user sets up two-step verification; until
 * then the square is empty, at its final size.
 */
export const QrCode = /* @__PURE__ */ forwardRef<SVGSVGElement, PartProps<'svg'>>(function SetupMfaQrCode(props, ref) {
  const { totp } = useTask('SetupMfaTask.QrCode', 'setup-mfa')
  const { t } = useText()
  const uri = totp?.uri.startsWith('otpauth://') ? totp.uri : undefined
  const [drawn, setDrawn] = useState<{ uri: string; path: string; size: number }>()
  useEffect(() => {
    let current = true
    if (uri)
      void import('lean-qr/nano').then(({ generate }) => {
        if (current) setDrawn({ uri, ...pathOf(generate(uri)) })
      })
    return () => {
      current = false
    }
  }, [uri])
  if (!uri) return null
  const code = drawn?.uri === uri ? drawn : undefined
  // A quiet zone of 2 modules around the code, as scanners expect.
  const box = code ? `-2 -2 ${code.size + 4} ${code.size + 4}` : '0 0 1 1'
  return (
    <Part as="svg" partName="qr-code" elementRef={ref} role="img" aria-label={t('qrCode')} viewBox={box} {...props}>
      {withContent(
        props.asChild,
        props.children,
        code && <path d={code.path} fill="currentColor" shapeRendering="crispEdges" />,
      )}
    </Part>
  )
})
