import { Alert } from '../../primitives/alert'
import { Subtitle, Title } from '../../primitives/title'
import { Back } from '../shared/back'
import { ProtectChallenge } from './protect-challenge'
import { ProtectCheckStepRoot, type ProtectCheckStepRootProps } from './protect-check-step-root'
import { Retry } from './retry'

export type ProtectCheckStepProps = Omit<ProtectCheckStepRootProps, 'children'>

/** The protect-check step's default composition. */
export function ProtectCheckStepDefault(props: ProtectCheckStepProps) {
  return (
    <ProtectCheckStepRoot {...props}>
      <Title />
      <Subtitle role="status" />
      <ProtectChallenge />
      <Alert />
      <Retry />
      <Back />
    </ProtectCheckStepRoot>
  )
}
