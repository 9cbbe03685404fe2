import { forwardRef } from 'react'
import { strategyStrings } from '../../localization/en'
import { Alert, Title } from '../../primitives/step-parts'
import { Back, Strategies } from '../shared/flow-parts'
import { type FlowRootProps, FlowStepRoot, type StepConfig } from '../shared/flow-root'

const config = (): StepConfig => ({
  strings: strategyStrings,
  titleKey: 'chooseStrategyTitle',
  submitKey: 'continue',
  submitValue: () => undefined,
})

/** The root of the "use another method" step; its buttons call `flow.chooseStrategy`. */
const Root = /* @__PURE__ */ forwardRef<HTMLFormElement, FlowRootProps>(function ChooseStrategyStepRoot(props, ref) {
  return <FlowStepRoot {...props} formRef={ref} rootName="ChooseStrategyStep.Root" config={config} />
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
