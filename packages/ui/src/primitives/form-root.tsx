import type { FlowError } from '@flowkit/flows'
import { type ForwardedRef, useEffect, useRef } from 'react'
import type { LocalizationKey, Strings } from '../localization/types'
import { composeHandlers } from './compose-handlers'
import { useComposedRefs } from './compose-refs'
import { useFieldState } from './field'
import { Part, type PartProps, presence } from './part'
import { type FormState, type UiOptions, UiScope } from './ui-context'

/** The props every step's and task's Root accepts. */
export interface RootProps extends PartProps<'form'>, UiOptions {
  /** Disables every control of the step. */
  disabled?: boolean
}

export interface FormRootProps extends RootProps {
  formRef: ForwardedRef<HTMLFormElement>
  /** `data-step` of the root: which step or task this is. */
  step: string
  /** What the parts inside need: the flow or task, pending, the step's error, title and submit keys. */
  state: FormState
  /** The step's English strings. */
  strings?: Strings | undefined
  /** The name of the step's main field, which its Label, Input and Error parts belong to. */
  field?: string | undefined
  /** That field's error. Focus moves to the first invalid field each time it changes. */
  fieldError?: FlowError | null | undefined
  /** That field's Label text (a consumer's own Field inside the Root keeps its own label). */
  fieldLabelKey?: LocalizationKey | undefined
  /** Render Clerk's bot-protection mount (`<div id="clerk-captcha">`). */
  captcha?: boolean | undefined
  /** Called with the form's values on submit, unless a submit is already in flight. */
  onValues(values: FormData): unknown
}

/** Focuses the first invalid control in `root`. */
function focusFirstInvalid(root: HTMLElement | null) {
  // A microtask: after the render in which the field's Error registers into `aria-describedby`,
  // so a screen reader announces the error along with the field.
  queueMicrotask(() => root?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
}

/**
 * The `<form>` under every step and task Root. One submit at a time: while the flow is pending or
 * the last submit has not settled, Enter and clicks do nothing (so one request per submit).
 */
export function FormRoot({
  formRef,
  step,
  state,
  strings,
  field,
  fieldError,
  fieldLabelKey,
  captcha,
  onValues,
  localization,
  classNames,
  disabled = false,
  onSubmit,
  children,
  ...props
}: FormRootProps) {
  const form = useRef<HTMLFormElement>(null)
  const inFlight = useRef(false)
  const fieldState = useFieldState(field ?? '', fieldError, fieldLabelKey)
  const { pending } = state

  useEffect(() => {
    if (fieldError) focusFirstInvalid(form.current)
  }, [fieldError])

  return (
    <UiScope
      localization={localization}
      classNames={classNames}
      strings={strings}
      state={{ ...state, disabled, field: field ? fieldState : undefined }}
    >
      <Part
        as="form"
        partName="root"
        elementRef={useComposedRefs(formRef, form)}
        noValidate
        data-step={step}
        data-pending={presence(pending)}
        data-disabled={presence(disabled)}
        {...props}
        onSubmit={composeHandlers(onSubmit, (event) => {
          event.preventDefault()
          if (inFlight.current || pending || disabled) return
          inFlight.current = true
          Promise.resolve(onValues(new FormData(event.currentTarget))).finally(() => {
            inFlight.current = false
          })
        })}
      >
        {children}
      </Part>
      {/* Beside the form, not in it, so a Root with `asChild` keeps the consumer's form as is. */}
      {captcha && <div id="clerk-captcha" data-flowkit-part="captcha" />}
    </UiScope>
  )
}
