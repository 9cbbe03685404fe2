import type { FlowField, SignInOrUpFlow } from '@flowkit/flows'
import { useFlow } from '../../primitives/source-context'
import type { RootProps, StepConfig, StepSource } from '../../primitives/step-root'

export type FlowRootProps<Element extends 'form' | 'div' = 'form'> = RootProps<Element> & {
  /** The flow to render. Defaults to the enclosing drop-in's; a plain object works too (tests, stories). */
  flow?: SignInOrUpFlow
}

/**
 * A sign-in-or-up step's StepRoot inputs: the flow (the prop, else the drop-in's) as the state
 * source, its main field's error from `flow.fieldErrors`, and the step's config.
 */
export function useFlowRoot(
  rootName: string,
  prop: SignInOrUpFlow | undefined,
  configOf: (flow: SignInOrUpFlow) => StepConfig,
): { source: StepSource; config: StepConfig } {
  const flow = useFlow(rootName, prop)
  const config = configOf(flow)
  const source = {
    step: flow.step.name,
    flow,
    pending: flow.isPending,
    error: flow.error,
    // A step without a field (email link, choose strategy) looks up no key, and finds no error.
    fieldError: flow.fieldErrors[config.field as FlowField],
    captcha: flow.captchaRequired,
  }
  return { source, config }
}
