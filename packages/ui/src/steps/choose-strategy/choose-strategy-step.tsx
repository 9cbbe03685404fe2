import { Alert } from '../../primitives/alert'
import { Title } from '../../primitives/title'
import { Back } from '../shared/back'
import type { FlowRootProps } from '../shared/flow-root'
import { Strategies } from '../shared/strategies'
import { ChooseStrategyStepRoot } from './choose-strategy-step-root'

export type ChooseStrategyStepProps = Omit<FlowRootProps<'div'>, 'children'>

/** The choose-strategy step's default composition. */
export function ChooseStrategyStepDefault(props: ChooseStrategyStepProps) {
  return (
    <ChooseStrategyStepRoot {...props}>
      <Title />
      <Strategies />
      <Alert />
      <Back />
    </ChooseStrategyStepRoot>
  )
}
