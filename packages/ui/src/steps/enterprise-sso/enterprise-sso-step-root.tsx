import { forwardRef } from 'react'
import { enterpriseSsoStrings } from '../../localization/en/enterprise-sso'
import { type StepConfig, StepRoot } from '../../primitives/step-root'
import { type FlowRootProps, useFlowRoot } from '../shared/flow-root'

// Each connection is a button that leaves for its identity provider: nothing to submit, a `<div>`.
const config = (): StepConfig => ({
  strings: enterpriseSsoStrings,
  titleKey: 'enterpriseSsoTitle',
  subtitleKey: 'enterpriseSsoHint',
})

/** The `<div>` of the enterprise-sso step; its buttons call `flow.start(enterpriseSso.connection(…))`. */
export const EnterpriseSsoStepRoot = /* @__PURE__ */ forwardRef<HTMLDivElement, FlowRootProps<'div'>>(
  function EnterpriseSsoStepRoot({ flow, ...props }, ref) {
    return <StepRoot rootRef={ref} {...useFlowRoot('EnterpriseSsoStep.Root', flow, config)} {...props} />
  },
)
