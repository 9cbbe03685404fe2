import type { FlowError } from '@flowkit/flows'
import { createContext, forwardRef, type ReactNode, useCallback, useContext, useId, useState } from 'react'
import type { LocalizationKey } from '../localization/types'
import { composeHandlers } from './compose-handlers'
import { inScope } from './misplaced'
import { Part, type PartProps, presence, textOf, withContent } from './part'
import { StepContext } from './step-state'
import { useText } from './ui-options'
import { useIsomorphicLayoutEffect } from './use-layout-effect'

/** A field's wiring: what its Label, control, Description and Error share. */
export interface FieldState {
  id: string
  name: string
  error: FlowError | null | undefined
  /** The Label's text when it has no children: a step's or task's main field names its own. */
  labelKey?: LocalizationKey | undefined
  /** Ids of the rendered Description and Error parts, for the control's `aria-describedby`. */
  describedBy: string[]
  register(id: string): () => void
  /** The user changed the control: its error is fixed or stale, so it is no longer shown. */
  edited(): void
}

export const FieldContext = /* @__PURE__ */ createContext<FieldState | null>(null)

/** The enclosing field; `part` names the caller in the error when there is none. */
export const useField = (part: string): FieldState => inScope(useContext(FieldContext), part)

/**
 * The state of a field named `name`: a stable id, the ids that describe its control, and its
 * error until the user edits the control (a new error, even the same one again, shows anew).
 */
export function useFieldState(
  name: string,
  error: FlowError | null | undefined,
  labelKey?: LocalizationKey,
): FieldState {
  const id = useId()
  const [describedBy, setDescribedBy] = useState<string[]>([])
  const [editedAway, setEditedAway] = useState<FlowError | null | undefined>(null)
  const register = useCallback((partId: string) => {
    setDescribedBy((ids) => [...ids, partId])
    return () => setDescribedBy((ids) => ids.filter((other) => other !== partId))
  }, [])
  const shown = error === editedAway ? null : error
  // Only with an error to hide: typing into a valid field re-renders nothing.
  const edited = () => shown && setEditedAway(error)
  return { id, name, error: shown, labelKey, describedBy, register, edited }
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
  return <FieldContext.Provider value={useFieldState(name, error)}>{children}</FieldContext.Provider>
}

/** Registers a part's id into the control's `aria-describedby` while the part is rendered. */
export function useDescribes(field: FieldState, id: string, rendered: boolean) {
  const { register } = field
  useIsomorphicLayoutEffect(() => (rendered ? register(id) : undefined), [register, id, rendered])
}

export type FieldProps = FieldScopeProps & PartProps<'div'>

/** A field's wrapper `<div>`: a FieldScope that renders an element to style (`data-field`, `data-invalid`). */
export const Field = /* @__PURE__ */ forwardRef<HTMLDivElement, FieldProps>(function Field(
  { name, error, ...props },
  ref,
) {
  return (
    <FieldScope name={name} error={error}>
      <FieldFrame frameRef={ref} part="Field" {...props} />
    </FieldScope>
  )
})

/** The field's `<label>`, tied to its control; in a step or task, its text is the main field's name. */
export const FieldLabel = /* @__PURE__ */ forwardRef<HTMLLabelElement, PartProps<'label'>>(
  function FieldLabel(props, ref) {
    const field = useField('Label')
    const { t } = useText()
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
  const { disabled } = useContext(StepContext)
  return {
    id: field.id,
    name: field.name,
    disabled: disabled || undefined,
    'aria-invalid': field.error ? true : undefined,
    'aria-describedby': field.describedBy.join(' ') || undefined,
    'data-invalid': presence(field.error),
    'data-disabled': presence(disabled),
    onChange: field.edited,
  }
}

/** The field's `<input>`; editing it hides the field's error. */
export const FieldControl = /* @__PURE__ */ forwardRef<HTMLInputElement, PartProps<'input'>>(
  function FieldControl(props, ref) {
    const control = useControlProps('Input')
    return (
      <Part
        as="input"
        partName="input"
        elementRef={ref}
        {...control}
        {...props}
        onChange={composeHandlers(props.onChange, control.onChange)}
      />
    )
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
 * text; `data-error` is its code). Its id joins the control's `aria-describedby`, so a screen
 * reader reads the error with the field.
 */
export const FieldError = /* @__PURE__ */ forwardRef<HTMLParagraphElement, PartProps<'p'>>(
  function FieldError(props, ref) {
    const field = useField('Error')
    const { message } = useText()
    const { error } = field
    const id = `${field.id}-error`
    useDescribes(field, id, Boolean(error))
    if (!error) return null
    return (
      <Part as="p" partName="field-error" elementRef={ref} id={id} data-error={error.code} {...props}>
        {textOf(props, message(error))}
      </Part>
    )
  },
)

interface FieldFrameProps extends PartProps<'div'> {
  frameRef: unknown
  /** The public part's name, for the error when there is no field around it. */
  part: string
  /** The field's parts, rendered unless the consumer's children replace them. */
  fields?: ReactNode
}

/** A `field` wrapper `<div>` around the enclosing field's parts: `Field`, a task's Verify and Create. */
export function FieldFrame({ frameRef, part, fields, ...props }: FieldFrameProps) {
  const field = useField(part)
  return (
    <Part
      as="div"
      partName="field"
      elementRef={frameRef}
      data-field={field.name}
      data-invalid={presence(field.error)}
      {...props}
    >
      {fields === undefined ? props.children : withContent(props.asChild, props.children, fields)}
    </Part>
  )
}
