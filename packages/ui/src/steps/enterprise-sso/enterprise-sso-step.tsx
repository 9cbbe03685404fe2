import { Alert } from '../../primitives/alert'
import { Subtitle, Title } from '../../primitives/title'
import { Back } from '../shared/back'
import type { FlowRootProps } from '../shared/flow-root'
import { EnterpriseConnections } from './enterprise-connections'
import { EnterpriseSsoStepRoot } from './enterprise-sso-step-root'

export type EnterpriseSsoStepProps = Omit<FlowRootProps<'div'>, 'children'>

/** The enterprise-sso step's default composition: title, hint, a button per connection, errors, back. */
export function EnterpriseSsoStepDefault(props: EnterpriseSsoStepProps) {
  return (
    <EnterpriseSsoStepRoot {...props}>
      <Title />
      <Subtitle />
      <EnterpriseConnections />
      <Alert />
      <Back />
    </EnterpriseSsoStepRoot>
  )
}
