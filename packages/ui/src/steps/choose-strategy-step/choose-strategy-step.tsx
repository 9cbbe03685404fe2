import { forwardRef } from 'react'
import { strategyStrings } from '../../localization/en'
import { FormRoot } from '../../primitives/form-root'
import { Alert, Title } from '../../primitives/step-parts'
import { Back, Strategies } from '../shared/flow-parts'
import { type FlowRootProps, type StepConfig, useFlowForm } from '../shared/flow-root'

const config = (): StepConfig => ({
  strings: strategyStrings,
  titleKey: 'chooseStrategyTitle',
  submitKey: 'continue',
  submitValue: () => undefined,
})

/** The root of the "use another method" step; its buttons call `flow.chooseStrategy`. */
const Root = /* @__PURE__ */ forwardRef<HTMLFormElement, FlowRootProps>(function ChooseStrategyStepRoot(
  { flow, ...props },
  ref,
) {
  return <FormRoot formRef={ref} {...useFlowForm('ChooseStrategyStep.Root', flow, undefined, config)} {...props} />
})

export type ChooseStrategyStepProps = Omit<FlowRootProps, 'children'>

function ChooseStrategyStepDefault(props: ChooseStrategyStepProps) {
  return (
    <Root {...props}>
      <Title />
      <Strategies />
      <Alert />
      <Back />
    </Root>
  )
}

/**
 * Lists the other ways to sign in (password, email or SMS code, email link).
 *
 * Anatomy: `Root > Title, Strategies, Alert, Back`.
 */
export const ChooseStrategyStep = /* @__PURE__ */ Object.assign(ChooseStrategyStepDefault, {
  Root,
  Title,
  Strategies,
  Alert,
  Back,
})
