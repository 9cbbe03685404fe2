import type { ForwardedRef } from 'react'
import type { LocalizationKey } from '../../localization/types'
import { composeHandlers } from '../../primitives/compose-handlers'
import type { PartName } from '../../primitives/data-attributes'
import { Part, type PartProps, textOf } from '../../primitives/part'
import { useText } from '../../primitives/ui-options'

interface FlowButtonProps extends PartProps<'button'> {
  buttonRef: ForwardedRef<HTMLButtonElement>
  /** Each action is its own part: `back`, `forgot-password`, `another-method`, `resend`. */
  partName: PartName
  label: LocalizationKey
  /** Values for the label's placeholders. */
  values?: Record<string, number>
  onAction(): unknown
}

/** A `type="button"` part that calls a flow verb: the body of Back, ForgotPassword, AnotherMethod, Resend. */
export function FlowButton({ buttonRef, partName, label, values, onAction, ...props }: FlowButtonProps) {
  const { t } = useText()
  return (
    <Part
      as="button"
      partName={partName}
      elementRef={buttonRef}
      type="button"
      {...props}
      onClick={composeHandlers(props.onClick, onAction)}
    >
      {textOf(props, t(label, values))}
    </Part>
  )
}
