import { forwardRef, type ReactNode } from 'react'
import { Part, type PartProps } from './part'

export interface CheckboxProps extends PartProps<'input'> {
  /** The text beside the box; the wrapping `<label>` ties it to the box. */
  label: ReactNode
}

/** An `<input type="checkbox">` inside its `<label>`. Props, ref and `asChild` go to the input. */
export const Checkbox = /* @__PURE__ */ forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox(
  { label, ...props },
  ref,
) {
  return (
    <Part as="label" partName="label" data-invalid={props['aria-invalid'] ? '' : undefined}>
      <Part as="input" partName="checkbox" elementRef={ref} type="checkbox" {...props} />
      {label}
    </Part>
  )
})
