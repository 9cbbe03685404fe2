import { forwardRef, useMemo } from 'react'
import { composeHandlers } from './compose-handlers'
import { Part, type PartProps, presence, textOf } from './part'
import { useUi } from './ui-context'
import { useSecondsLeft } from './use-seconds-left'

/**
 * The step's heading (`<h1>`, focusable by script): focus moves here when the step changes.
 * Use `asChild` to render another level.
 */
export const Title = /* @__PURE__ */ forwardRef<HTMLHeadingElement, PartProps<'h1'>>(function Title(props, ref) {
  const { titleKey = 'continue', values, t } = useUi()
  return (
    <Part as="h1" partName="title" elementRef={ref} tabIndex={-1} {...props}>
      {textOf(props, t(titleKey, values))}
    </Part>
  )
})

/** A line under the title, e.g. where the code was sent. Renders nothing when the step has none. */
export const Subtitle = /* @__PURE__ */ forwardRef<HTMLParagraphElement, PartProps<'p'>>(function Subtitle(props, ref) {
  const { subtitleKey, values, t } = useUi()
  if (!subtitleKey && !props.children) return null
  return (
    <Part as="p" partName="subtitle" elementRef={ref} {...props}>
      {textOf(props, subtitleKey && t(subtitleKey, values))}
    </Part>
  )
})

/**
 * An error about the whole step (network, rate limit, expired attempt), as `role="alert"`.
 * Rate limits count down to when the user may try again.
 */
export const Alert = /* @__PURE__ */ forwardRef<HTMLDivElement, PartProps<'div'>>(function Alert(props, ref) {
  const { error, t, message } = useUi()
  // The deadline is fixed when the error arrives: `retryAfterSeconds` counts from then.
  const until = useMemo(() => error?.retryAfterSeconds && Date.now() + error.retryAfterSeconds * 1000, [error])
  const seconds = useSecondsLeft(until)
  if (!error) return null
  return (
    <Part as="div" partName="alert" elementRef={ref} role="alert" data-state={error.code} {...props}>
      {textOf(props, seconds ? `${message(error)} ${t('retryIn', { seconds })}` : message(error))}
    </Part>
  )
})

/**
 * The submit button. While pending it keeps focus and stays in the tab order (`aria-disabled`,
 * `aria-busy`, `data-pending`) and ignores clicks and Enter.
 */
export const Submit = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(function Submit(props, ref) {
  const { pending, disabled, submitKey = 'continue', t } = useUi()
  const blocked = pending || disabled
  return (
    <Part
      as="button"
      partName="submit"
      elementRef={ref}
      type="submit"
      aria-disabled={blocked || undefined}
      aria-busy={pending || undefined}
      data-pending={presence(pending)}
      data-disabled={presence(disabled)}
      {...props}
      onClick={composeHandlers(props.onClick, (event) => {
        if (blocked) event.preventDefault()
      })}
    >
      {textOf(props, t(submitKey))}
    </Part>
  )
})
