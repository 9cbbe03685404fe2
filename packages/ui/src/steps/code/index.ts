import { Alert } from '../../primitives/alert'
import { FieldError, FieldLabel } from '../../primitives/field'
import { Submit } from '../../primitives/submit'
import { Subtitle, Title } from '../../primitives/title'
import { AnotherMethod } from '../shared/another-method'
import { Back } from '../shared/back'
import { CodeInput } from '../shared/code-input'
import { EditIdentifier } from '../shared/edit-identifier'
import { Resend } from '../shared/resend'
import { CodeStepDefault } from './code-step'
import { CodeStepRoot } from './code-step-root'
import { SendWithWhatsApp } from './send-with-whatsapp'

export type { CodeStepProps } from './code-step'

/**
 * Asks for a six-digit code sent by email or SMS; auto-submits when complete, resends with a countdown.
 *
 * Anatomy: `Root > Title, Subtitle, Label, Input, Error, Alert, Submit, Resend, SendWithWhatsApp, EditIdentifier, AnotherMethod, Back`.
 */
export const CodeStep = /* @__PURE__ */ Object.assign(CodeStepDefault, {
  Root: CodeStepRoot,
  Title,
  Subtitle,
  EditIdentifier,
  Label: FieldLabel,
  Input: CodeInput,
  Error: FieldError,
  Alert,
  Submit,
  Resend,
  SendWithWhatsApp,
  AnotherMethod,
  Back,
})
