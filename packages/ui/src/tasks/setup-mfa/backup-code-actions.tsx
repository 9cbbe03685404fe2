import { forwardRef, useState } from 'react'
import type { LocalizationKey } from '../../localization/types'
import { composeHandlers } from '../../primitives/compose-handlers'
import type { PartName } from '../../primitives/data-attributes'
import { Part, type PartProps, textOf } from '../../primitives/part'
import { useTask } from '../../primitives/source-context'
import { useText } from '../../primitives/ui-options'

/** A button acting on the backup codes, shown with them. */
function CodesButton({
  buttonRef,
  partName,
  label,
  act,
  ...props
}: PartProps<'button'> & {
  buttonRef: unknown
  partName: PartName
  label: LocalizationKey
  act(text: string): unknown
}) {
  const { backupCodes } = useTask(
    partName === 'copy-codes' ? 'SetupMfaTask.CopyCodes' : 'SetupMfaTask.DownloadCodes',
    'setup-mfa',
  )
  const { t } = useText()
  if (!backupCodes) return null
  return (
    <Part
      as="button"
      partName={partName}
      elementRef={buttonRef}
      type="button"
      {...props}
      onClick={composeHandlers(props.onClick, () => act(`${backupCodes.join('\n')}\n`))}
    >
      {textOf(props, t(label))}
    </Part>
  )
}

/** Copies the backup codes to the clipboard, one per line; says “Copied” once it has. */
export const CopyCodes = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(
  function SetupMfaCopyCodes(props, ref) {
    const [copied, setCopied] = useState(false)
    return (
      <CodesButton
        {...props}
        buttonRef={ref}
        partName="copy-codes"
        label={copied ? 'copiedCodes' : 'copyCodes'}
        aria-live="polite"
        act={(text) => navigator.clipboard?.writeText(text).then(() => setCopied(true))}
      />
    )
  },
)

/** Downloads the backup codes as `backup-codes.txt`, one per line. */
export const DownloadCodes = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(
  function SetupMfaDownloadCodes(props, ref) {
    return (
      <CodesButton
        {...props}
        buttonRef={ref}
        partName="download-codes"
        label="downloadCodes"
        act={(text) => {
          const link = document.createElement('a')
          link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain' }))
          link.download = 'backup-codes.txt'
          link.click()
          URL.revokeObjectURL(link.href)
        }}
      />
    )
  },
)
