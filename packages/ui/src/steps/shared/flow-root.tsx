import type { FlowField, SignInOrUpFlow } from '@flowkit/flows'
import type { LocalizationKey, Strings } from '../../localization/types'
import { useFlow } from '../../primitives/flow-context'
import type { FormRootProps, RootProps } from '../../primitives/form-root'
import type { FormState } from '../../primitives/ui-context'

export interface FlowRootProps extends RootProps {
  /** The flow to render. Defaults to the enclosing drop-in's; a plain object works too (tests, stories). */
  flow?: SignInOrUpFlow
}

/** What a step tells its Root: its strings, and what submit does with the step's field. */
export type StepConfig = Pick<FormState, 'titleKey' | 'subtitleKey' | 'values' | 'submitKey'> & {
  strings: Strings
  /** The Label text of the step's field. */
  labelKey?: LocalizationKey
  /** Called with the value of the step's field (and the whole form) on submit. */
  submitValue(value: string, values: FormData): unknown
}

/**
 * The props that make a FormRoot the Root of a sign-in-or-up step: the flow goes into scope, the
 * main field's error is wired to its parts, and submit hands the field's value to a flow verb.
 */
export function useFlowForm(
  rootName: string,
  prop: SignInOrUpFlow | undefined,
  field: FlowField | undefined,
  config: (flow: SignInOrUpFlow) => StepConfig,
): Omit<FormRootProps, 'formRef'> {
  const flow = useFlow(rootName, prop)
  const { submitValue, strings, labelKey, ...text } = config(flow)
  return {
    step: flow.step.name,
    state: { ...text, flow, pending: flow.isPending, error: flow.error },
    strings,
    field,
    fieldError: field && flow.fieldErrors[field],
    fieldLabelKey: labelKey,
    captcha: flow.captchaRequired,
    onValues: (values) => submitValue(String(values.get(field ?? '') ?? ''), values),
  }
}
