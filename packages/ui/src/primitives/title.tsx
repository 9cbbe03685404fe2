import { forwardRef, useContext } from 'react'
import { Part, type PartProps, textOf } from './part'
import { StepContext } from './step-state'
import { useText } from './ui-options'

/**
 * The step's heading (`<h1>`, focusable by script): focus moves here when the step changes.
 * Use `asChild` to render another level.
 */
export const Title = /* @__PURE__ */ forwardRef<HTMLHeadingElement, PartProps<'h1'>>(function Title(props, ref) {
  const { titleKey = 'continue', values } = useContext(StepContext)
  const { t } = useText()
  return (
    <Part as="h1" partName="title" elementRef={ref} tabIndex={-1} {...props}>
      {textOf(props, t(titleKey, values))}
    </Part>
  )
})

/** A line under the title, e.g. where the code was sent. Renders nothing when the step has none. */
export const Subtitle = /* @__PURE__ */ forwardRef<HTMLParagraphElement, PartProps<'p'>>(function Subtitle(props, ref) {
  const { subtitleKey, values } = useContext(StepContext)
  const { t } = useText()
  if (!subtitleKey && !props.children) return null
  return (
    <Part as="p" partName="subtitle" elementRef={ref} {...props}>
      {textOf(props, subtitleKey && t(subtitleKey, values))}
    </Part>
  )
})
