import { Alert } from '../../primitives/alert'
import { Title } from '../../primitives/title'
import { Back } from '../shared/back'
import { Strategies } from '../shared/strategies'
import { Strategy } from '../shared/strategy'
import { ChooseStrategyStepDefault } from './choose-strategy-step'
import { ChooseStrategyStepRoot } from './choose-strategy-step-root'

export type { ChooseStrategyStepProps } from './choose-strategy-step'

/**
 * Lists the other ways to sign in (password, email or SMS code, email link). Each is a button, so
 * its Root is a `<div>`.
 *
 * Anatomy: `Root > Title, Strategies (Strategy…), Alert, Back`.
 */
export const ChooseStrategyStep = /* @__PURE__ */ Object.assign(ChooseStrategyStepDefault, {
  Root: ChooseStrategyStepRoot,
  Title,
  Strategies,
  Strategy,
  Alert,
  Back,
})
