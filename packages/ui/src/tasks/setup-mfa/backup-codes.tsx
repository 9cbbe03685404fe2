import { forwardRef } from 'react'
import { Part, type PartProps, withContent } from '../../primitives/part'
import { useTask } from '../../primitives/source-context'

/** The backup codes, shown once, in the `backup-codes` stage. */
export const BackupCodes = /* @__PURE__ */ forwardRef<HTMLUListElement, PartProps<'ul'>>(
  function SetupMfaBackupCodes(props, ref) {
    const { backupCodes } = useTask('SetupMfaTask.BackupCodes', 'setup-mfa')
    if (!backupCodes) return null
    return (
      <Part as="ul" partName="backup-codes" elementRef={ref} {...props}>
        {withContent(
          props.asChild,
          props.children,
          backupCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          )),
        )}
      </Part>
    )
  },
)
