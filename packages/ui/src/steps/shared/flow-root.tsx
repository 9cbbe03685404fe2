import type { FlowField, SignInOrUpFlow } from '@flowkit/flows'
import type { ForwardedRef } from 'react'
import type { Strings } from '../../localization/types'
import { useFlow } from '../../primitives/flow-context'
import { FormRoot, type RootProps } from '../../primitives/form-root'
import type { FormState } from '../../primitives/ui-context'

export interface FlowRootProps extends RootProps {
  /** The flow to render. Defaults to the enclosing drop-in's; a plain object works too (tests, stories). */
  flow?: SignInOrUpFlow
}

/** What a step tells its Root: its strings, and what submit does with the step's field. */
export type StepConfig = Pick<FormState, 'titleKey' | 'subtitleKey' | 'values' | 'submitKey'> & {
  strings: Strings
  /** Called with the value of the step's field (and the whole form) on submit. */
  submitValue(value: string, flow: SignInOrUpFlow, values: FormData): unknown
}

interface FlowStepRootProps extends FlowRootProps {
  formRef: ForwardedRef<HTMLFormElement>
  /** The public Root's name, for error messages. */
  rootName: string
  /** The step's main field, if it has one. */
  field?: FlowField
  config(flow: SignInOrUpFlow): StepConfig
}

/**
 * The Root of a sign-in-or-up step: the flow goes into scope, the main field's error is wired to
 * its parts, and submit hands the field's value to a flow verb.
 */
export function FlowStepRoot({ formRef, rootName, field, config, flow: prop, ...props }: FlowStepRootProps) {
  const flow = useFlow(rootName, prop)
  const { submitValue, strings, ...text } = config(flow)
  return (
    <FormRoot
      formRef={formRef}
      step={flow.step.name}
      state={{ ...text, flow, pending: flow.isPending, error: flow.error }}
      strings={strings}
      field={field}
      fieldError={field && flow.fieldErrors[field]}
      captcha={flow.captchaRequired}
      onValues={(values) => submitValue(String(values.get(field ?? '') ?? ''), flow, values)}
      {...props}
    />
  )
}
