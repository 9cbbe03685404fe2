import { useContext } from 'react'
import { Alert } from '../../primitives/alert'
import { SourceContext } from '../../primitives/source-context'
import { Submit } from '../../primitives/submit'
import { Title } from '../../primitives/title'
import { Back } from '../shared/back'
import { MissingFields } from './missing-field'
import { MissingRequirementsStepRoot, type MissingRequirementsStepRootProps } from './missing-requirements-root'

export type MissingRequirementsStepProps = Omit<MissingRequirementsStepRootProps, 'children'>

/** The missing-requirements step's default composition; Back only within a flow. */
export function MissingRequirementsStepDefault(props: MissingRequirementsStepProps) {
  const { flow } = useContext(SourceContext)
  return (
    <MissingRequirementsStepRoot {...props}>
      <Title />
      <MissingFields />
      <Alert />
      <Submit />
      {(props.flow ?? flow) && <Back />}
    </MissingRequirementsStepRoot>
  )
}
