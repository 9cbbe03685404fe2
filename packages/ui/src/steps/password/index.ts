import { Alert } from '../../primitives/alert'
import { FieldError, FieldLabel } from '../../primitives/field'
import { Submit } from '../../primitives/submit'
import { Subtitle, Title } from '../../primitives/title'
import { AnotherMethod } from '../shared/another-method'
import { Back } from '../shared/back'
import { EditIdentifier } from '../shared/edit-identifier'
import { PasswordHint } from '../shared/password-hint'
import { ForgotPassword } from './forgot-password'
import { PasswordInput } from './password-input'
import { PasswordStepDefault } from './password-step'
import { PasswordStepRoot } from './password-step-root'

export type { PasswordStepProps } from './password-step'

/**
 * Asks for the account's password.
 *
 * Anatomy: `Root > Title, Subtitle, Label, Input, Error, Hint, Alert, Submit, ForgotPassword, EditIdentifier, AnotherMethod, Back`.
 */
export const PasswordStep = /* @__PURE__ */ Object.assign(PasswordStepDefault, {
  Root: PasswordStepRoot,
  Title,
  Subtitle,
  EditIdentifier,
  Label: FieldLabel,
  Input: PasswordInput,
  Error: FieldError,
  Hint: PasswordHint,
  Alert,
  Submit,
  ForgotPassword,
  AnotherMethod,
  Back,
})
