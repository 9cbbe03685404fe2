import { Alert } from '../../primitives/alert'
import { FieldError, FieldLabel } from '../../primitives/field'
import { Submit } from '../../primitives/submit'
import { Subtitle, Title } from '../../primitives/title'
import { AnotherMethod } from '../shared/another-method'
import { Back } from '../shared/back'
import { CodeInput } from '../shared/code-input'
import { EditIdentifier } from '../shared/edit-identifier'
import type { FlowRootProps } from '../shared/flow-root'
import { Resend } from '../shared/resend'
import { CodeStepRoot } from './code-step-root'
import { SendWithWhatsApp } from './send-with-whatsapp'

export type CodeStepProps = Omit<FlowRootProps, 'children'>

/** The code step's default composition. */
export function CodeStepDefault(props: CodeStepProps) {
  return (
    <CodeStepRoot {...props}>
      <Title />
      <Subtitle />
      <FieldLabel />
      <CodeInput />
      <FieldError />
      <Alert />
      <Submit />
      <Resend />
      <SendWithWhatsApp />
      <EditIdentifier />
      <AnotherMethod />
      <Back />
    </CodeStepRoot>
  )
}
