import { Alert } from '../../primitives/alert'
import { FieldError } from '../../primitives/field'
import { Submit } from '../../primitives/submit'
import { Subtitle, Title } from '../../primitives/title'
import { Back } from '../shared/back'
import type { FlowRootProps } from '../shared/flow-root'
import { Strategies } from '../shared/strategies'
import { SecondFactorInput } from './second-factor-input'
import { SecondFactorLabel } from './second-factor-label'
import { SecondFactorResend } from './second-factor-resend'
import { SecondFactorStepRoot } from './second-factor-step-root'

export type SecondFactorStepProps = Omit<FlowRootProps, 'children'>

/** The second-factor step's default composition. */
export function SecondFactorStepDefault(props: SecondFactorStepProps) {
  return (
    <SecondFactorStepRoot {...props}>
      <Title />
      <Subtitle />
      <SecondFactorLabel />
      <SecondFactorInput />
      <FieldError />
      <Alert />
      <Submit />
      <SecondFactorResend />
      <Strategies />
      <Back />
    </SecondFactorStepRoot>
  )
}
