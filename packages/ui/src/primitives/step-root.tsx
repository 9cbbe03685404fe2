import type { FlowError } from '@flowkit/flows'
import { type FormEvent, type FormEventHandler, type ReactNode, type Ref, useRef } from 'react'
import { localeAttributes } from '../localization/locale-attributes'
import type { LocalizationKey, Strings } from '../localization/types'
import { Captcha } from './captcha'
import { composeHandlers } from './compose-handlers'
import { useComposedRefs } from './compose-refs'
import { FieldContext, useFieldState } from './field'
import { Part, type PartProps, presence } from './part'
import { type Source, SourceContext } from './source-context'
import { StepContext } from './step-state'
import { type UiOptions, UiScope } from './ui-options'
import { useIsomorphicLayoutEffect } from './use-layout-effect'

/** The props every step's and task's Root accepts: a `<form>`'s (a `<div>`'s for a step with nothing to submit). */
export type RootProps<Element extends 'form' | 'div' = 'form'> = PartProps<Element> &
  UiOptions & {
    /** Disables every control of the step. */
    disabled?: boolean
  }

/**
 * Where a Root's state comes from — a flow, a task, or missing fields — read into one shape by
 * `fromFlow`, `fromTask` or `fromMissingFields`.
 */
export interface StepSource extends Source {
  /** `data-step` of the root: which step or task this is. */
  step: string
  pending: boolean
  /** The error about the whole step, for the Alert. */
  error: FlowError | null | undefined
  /** The main field's error (with no main field, the first field error): focus moves to it when it changes. */
  fieldError?: FlowError | null | undefined
  /** Render Clerk's bot-protection mount beside the root. */
  captcha?: boolean | undefined
}

/** What a step or task tells its Root: its strings and text keys, its main field, what submit does. */
export interface StepConfig {
  /** The step's English strings. */
  strings: Strings
  titleKey: LocalizationKey
  subtitleKey?: LocalizationKey | undefined
  /** Values for the title's and subtitle's placeholders. */
  values?: Record<string, string | undefined> | undefined
  submitKey?: LocalizationKey | undefined
  /** The name of the step's main field, which its Label, Input and Error parts belong to. */
  field?: string | undefined
  /** That field's Label text (a consumer's own Field inside the Root keeps its own label). */
  labelKey?: LocalizationKey | undefined
  /** State attributes of the root besides `data-step`. */
  attributes?: { 'data-strategy'?: string | undefined; 'data-stage'?: string | undefined }
  /**
   * Called on submit with the main field's value and the whole form's, unless a submit is already
   * in flight. A step with nothing to submit has none: its root is a `<div>`, not a `<form>`.
   */
  submit?(value: string, values: FormData): unknown
}

export interface StepRootProps extends UiOptions {
  /** The public Root's forwarded ref. */
  rootRef: unknown
  source: StepSource
  config: StepConfig
  disabled?: boolean | undefined
  /** The consumer's handler: composed before the form's own, or passed to a `<div>` root as is. */
  onSubmit?: unknown
  children?: ReactNode
  /** The rest of the public Root's props (a `<form>`'s or a `<div>`'s), spread onto its element. */
  [prop: string]: unknown
}

/** Focuses the first invalid control in `root`. */
function focusFirstInvalid(root: HTMLElement | null) {
  // A microtask: after the render in which the field's Error registers into `aria-describedby`
  // (which React runs as soon as the layout effects are done), so a screen reader announces the
  // error along with the field.
  queueMicrotask(() => root?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
}

/**
 * The one Root of every step and task. It puts each concern into its own context — strings and
 * classes, the step's state, its main field, and the flow or task — and renders the `<form>` (one
 * submit at a time: while pending or while the last submit has not settled, Enter and clicks do
 * nothing), or a `<div>` when the step has nothing to submit.
 */
export function StepRoot({
  rootRef,
  source,
  config,
  localization,
  classNames,
  disabled = false,
  onSubmit,
  children,
  ...props
}: StepRootProps) {
  const { step, pending, error, fieldError, captcha } = source
  const { strings, field, labelKey, attributes, submit, ...keys } = config
  const element = useRef<HTMLElement>(null)
  const inFlight = useRef(false)
  const fieldState = useFieldState(field ?? '', fieldError, labelKey)

  useIsomorphicLayoutEffect(() => {
    if (fieldError) focusFirstInvalid(element.current)
  }, [fieldError])

  const handleSubmit =
    submit &&
    composeHandlers(onSubmit as FormEventHandler<HTMLFormElement> | undefined, (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault()
      if (inFlight.current || pending || disabled) return
      inFlight.current = true
      const values = new FormData(event.currentTarget)
      Promise.resolve(submit(String(values.get(field ?? '') ?? ''), values)).finally(() => {
        inFlight.current = false
      })
    })

  return (
    <UiScope localization={localization} classNames={classNames} strings={strings}>
      <SourceContext.Provider value={source}>
        <StepContext.Provider value={{ ...keys, pending, disabled, error }}>
          <FieldContext.Provider value={field ? fieldState : null}>
            <Part
              as={submit ? 'form' : 'div'}
              partName="root"
              elementRef={useComposedRefs(rootRef as Ref<HTMLElement>, element)}
              noValidate={!!submit}
              data-step={step}
              {...localeAttributes(localization)}
              {...attributes}
              data-pending={presence(pending)}
              data-disabled={presence(disabled)}
              {...props}
              onSubmit={handleSubmit || onSubmit}
            >
              {children}
            </Part>
          </FieldContext.Provider>
        </StepContext.Provider>
      </SourceContext.Provider>
      {/* Beside the root, not in it, so a Root with `asChild` keeps the consumer's element as is. */}
      {captcha && <Captcha />}
    </UiScope>
  )
}
