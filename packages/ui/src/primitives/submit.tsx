import { forwardRef, useContext } from 'react'
import { composeHandlers } from './compose-handlers'
import { Part, type PartProps, presence, textOf } from './part'
import { StepContext } from './step-state'
import { useText } from './ui-options'
import { useHydrated } from './use-hydrated'

/**
 * The submit button. While pending it keeps focus and stays in the tab order (`aria-disabled`,
 * `aria-busy`, `data-pending`), ignores clicks and Enter, and says so: a `spinner` part and
 * “Continuing…” in place of its label (unless you gave it children). In server-rendered HTML it is
 * `disabled` until the page hydrates: the user can type at once, but a click or Enter then would
 * be the browser's own submit, a reload that loses what was typed.
 */
export const Submit = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(function Submit(props, ref) {
  const { pending, disabled, submitKey = 'continue' } = useContext(StepContext)
  const { t } = useText()
  const blocked = pending || disabled
  const hydrated = useHydrated()
  return (
    <Part
      as="button"
      partName="submit"
      elementRef={ref}
      type="submit"
      disabled={!hydrated || undefined}
      aria-disabled={blocked || undefined}
      aria-busy={pending || undefined}
      data-pending={presence(pending)}
      data-disabled={presence(disabled)}
      {...props}
      onClick={composeHandlers(props.onClick, (event) => {
        if (blocked) event.preventDefault()
      })}
    >
      {textOf(
        props,
        pending ? (
          <>
            <Part as="span" partName="spinner" aria-hidden="true" />
            {t('pending')}
          </>
        ) : (
          t(submitKey)
        ),
      )}
    </Part>
  )
})
