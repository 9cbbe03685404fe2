import type { FlowError } from '@flowkit/flows'
import { forwardRef, type ReactNode, useCallback, useEffect, useId, useLayoutEffect, useState } from 'react'
import type { LocalizationKey } from '../localization/types'
import { misplaced } from './misplaced'
import { Part, type PartProps, presence, textOf } from './part'
import { type FieldState, UiScope, useUi } from './ui-context'

// Layout effect in the browser so `aria-describedby` is right before paint; plain effect on the
// server, where layout effects do nothing (and React 18 warns about them).
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect

export function useField(part: string): FieldState {
  const { field } = useUi()
  if (!field) throw misplaced(part)
  return field
}

/** The state of a field named `name`: a stable id, and the ids that describe its control. */
export function useFieldState(
  name: string,
  error: FlowError | null | undefined,
  labelKey?: LocalizationKey,
): FieldState {
  const id = useId()
  const [describedBy, setDescribedBy] = useState<string[]>([])
  const register = useCallback((partId: string) => {
    setDescribedBy((ids) => [...ids, partId])
    return () => setDescribedBy((ids) => ids.filter((other) => other !== partId))
  }, [])
  return { id, name, error, labelKey, describedBy, register }
}

export interface FieldScopeProps {
  /** The form field's `name`: the key its value is submitted under. */
  name: string
  /** The error shown by the Error part; the control is marked invalid while it is set. */
  error?: FlowError | null | undefined
  children?: ReactNode
}

/** Ties a label, a control, a description and an error together, without rendering an element. */
export function FieldScope({ name, error, children }: FieldScopeProps) {
  return <UiScope state={{ field: useFieldState(name, error) }}>{children}</UiScope>
}

/** Registers a part's id into the control's `aria-describedby` while the part is rendered. */
function useDescribes(field: FieldState, id: string, rendered: boolean) {
  const { register } = field
  useIsomorphicLayoutEffect(() => (rendered ? register(id) : undefined), [register, id, rendered])
}

export type FieldProps = FieldScopeProps & PartProps<'div'>

/** A field's wrapper `<div>`: a FieldScope that renders an element to style (`data-invalid`). */
export const Field = /* @__PURE__ */ forwardRef<HTMLDivElement, FieldProps>(function Field(
  { name, error, ...props },
  ref,
) {
  return (
    <FieldScope name={name} error={error}>
      <Part as="div" partName="field" elementRef={ref} data-invalid={presence(error)} {...props} />
    </FieldScope>
  )
})

/** The field's `<label>`, tied to its control; in a step or task, its text is the main field's name. */
export const FieldLabel = /* @__PURE__ */ forwardRef<HTMLLabelElement, PartProps<'label'>>(
  function FieldLabel(props, ref) {
    const field = useField('Label')
    const { t } = useUi()
    return (
      <Part
        as="label"
        partName="label"
        elementRef={ref}
        htmlFor={field.id}
        data-invalid={presence(field.error)}
        {...props}
      >
        {textOf(props, field.labelKey && t(field.labelKey))}
      </Part>
    )
  },
)

/**
 * The props that make an element the field's control: id, name, `aria-invalid`,
 * `aria-describedby`, and the presence attributes. Used by every input part.
 */
export function useControlProps(part: string) {
  const field = useField(part)
  const { disabled } = useUi()
  return {
    id: field.id,
    name: field.name,
    disabled: disabled || undefined,
    'aria-invalid': field.error ? true : undefined,
    'aria-describedby': field.describedBy.join(' ') || undefined,
    'data-invalid': presence(field.error),
    'data-disabled': presence(disabled),
  }
}

/** The field's `<input>`. */
export const FieldControl = /* @__PURE__ */ forwardRef<HTMLInputElement, PartProps<'input'>>(
  function FieldControl(props, ref) {
    return <Part as="input" partName="input" elementRef={ref} {...useControlProps('Input')} {...props} />
  },
)

/** Help text for the field, announced with the control (`aria-describedby`). */
export const FieldDescription = /* @__PURE__ */ forwardRef<HTMLParagraphElement, PartProps<'p'>>(
  function FieldDescription(props, ref) {
    const field = useField('Description')
    const id = `${field.id}-description`
    useDescribes(field, id, true)
    return <Part as="p" partName="description" elementRef={ref} id={id} {...props} />
  },
)

/**
 * The field's error message, rendered only while the field has an error (children replace its
 * text). Its id joins the control's
 * `aria-describedby`, so a screen reader reads the error with the field.
 */
export const FieldError = /* @__PURE__ */ forwardRef<HTMLParagraphElement, PartProps<'p'>>(
  function FieldError(props, ref) {
    const field = useField('Error')
    const { message } = useUi()
    const { error } = field
    const id = `${field.id}-error`
    useDescribes(field, id, Boolean(error))
    if (!error) return null
    return (
      <Part as="p" partName="field-error" elementRef={ref} id={id} data-invalid="" {...props}>
        {textOf(props, message(error))}
      </Part>
    )
  },
)
