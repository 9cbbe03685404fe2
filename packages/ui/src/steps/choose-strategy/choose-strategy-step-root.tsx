import { forwardRef } from 'react'
import { strategyStrings } from '../../localization/en/strategy'
import { type StepConfig, StepRoot } from '../../primitives/step-root'
import { type FlowRootProps, useFlowRoot } from '../shared/flow-root'

// Each strategy is a button that calls its verb: nothing to submit, so the root is a `<div>`.
const config = (): StepConfig => ({ strings: strategyStrings, titleKey: 'chooseStrategyTitle' })

/** The `<div>` of the "use another method" step; its buttons call `flow.chooseStrategy`. */
export const ChooseStrategyStepRoot = /* @__PURE__ */ forwardRef<HTMLDivElement, FlowRootProps<'div'>>(
  function ChooseStrategyStepRoot({ flow, ...props }, ref) {
    return <StepRoot rootRef={ref} {...useFlowRoot('ChooseStrategyStep.Root', flow, config)} {...props} />
  },
)
