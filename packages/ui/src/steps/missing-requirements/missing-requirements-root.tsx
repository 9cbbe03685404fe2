import type { MissingFieldsController, SignInOrUpFlow } from '@flowkit/flows'
import { forwardRef, useContext } from 'react'
import { missingStrings } from '../../localization/en/missing'
import { inScope } from '../../primitives/misplaced'
import { SourceContext } from '../../primitives/source-context'
import { type StepConfig, StepRoot, type StepSource } from '../../primitives/step-root'
import type { FlowRootProps } from '../shared/flow-root'

export type MissingRequirementsStepRootProps = FlowRootProps & {
  /** The fields to collect (from `useMissingFields`). Defaults to `flow.missingFields`. */
  missingFields?: MissingFieldsController | null
}

/** The missing fields of the enclosing Root. */
export const useMissing = (part: string): MissingFieldsController =>
  inScope(useContext(SourceContext).missingFields, part)

/**
 * The StepRoot inputs of the missing-requirements step: the missing fields (the prop, else the
 * flow's) as the state source, with the flow when there is one (for Back and the captcha).
 */
function useMissingFieldsRoot(
  prop: SignInOrUpFlow | undefined,
  missingFields: MissingFieldsController | null | undefined,
): { source: StepSource; config: StepConfig } {
  const { flow: fromScope } = useContext(SourceContext)
  const flow = prop ?? fromScope
  const controller = inScope(missingFields ?? flow?.missingFields, 'MissingRequirementsStep.Root')
  return {
    source: {
      step: 'missing-requirements',
      flow,
      missingFields: controller,
      pending: controller.isPending,
      error: controller.error ?? flow?.error,
      // No main field: focus goes to the first invalid one.
      fieldError: Object.values(controller.errors).find(Boolean),
      captcha: flow?.captchaRequired,
    },
    config: {
      strings: missingStrings,
      titleKey: 'missingTitle',
      submitKey: 'continue',
      submit: (_, form) => {
        const values: Record<string, string | boolean> = {}
        for (const { name, kind } of controller.fields) {
          values[name] = kind === 'checkbox' ? form.has(name) : String(form.get(name) ?? '')
        }
        return controller.submit(values)
      },
    },
  }
}

/** The `<form>` that collects what a new account still needs and sends it with `missingFields.submit`. */
export const MissingRequirementsStepRoot = /* @__PURE__ */ forwardRef<
  HTMLFormElement,
  MissingRequirementsStepRootProps
>(function MissingRequirementsStepRoot({ flow, missingFields, ...props }, ref) {
  return <StepRoot rootRef={ref} {...useMissingFieldsRoot(flow, missingFields)} {...props} />
})
