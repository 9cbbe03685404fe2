import { forwardRef } from 'react'
import { composeHandlers } from '../../primitives/compose-handlers'
import { Part, type PartProps, textOf } from '../../primitives/part'
import { useTask } from '../../primitives/source-context'
import { Submit } from '../../primitives/submit'
import { useText } from '../../primitives/ui-options'

/** “Back” one stage (`task.back`): to the number, or to the choice of method. Renders nothing when there is no way back. */
export const Back = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(
  function SetupMfaBack(props, ref) {
    const task = useTask('SetupMfaTask.Back', 'setup-mfa')
    const { t } = useText()
    if (!task.canGoBack) return null
    return (
      <Part
        as="button"
        partName="back"
        elementRef={ref}
        type="button"
        {...props}
        onClick={composeHandlers(props.onClick, () => task.back())}
      >
        {textOf(props, t('back'))}
      </Part>
    )
  },
)

/** The stage's submit; none on `start`, where each method is its own button (`Methods`). */
export const SetupMfaSubmit = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(
  function SetupMfaSubmit(props, ref) {
    const { stage } = useTask('SetupMfaTask.Submit', 'setup-mfa')
    return stage === 'start' ? null : <Submit ref={ref} {...props} />
  },
)
