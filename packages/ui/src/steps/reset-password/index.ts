import { Alert } from '../../primitives/alert'
import { FieldError, FieldLabel } from '../../primitives/field'
import { Submit } from '../../primitives/submit'
import { Title } from '../../primitives/title'
import { NewPasswordInput, SignOutOthers } from '../shared/new-password'
import { PasswordHint } from '../shared/password-hint'
import { ResetPasswordStepDefault } from './reset-password-step'
import { ResetPasswordStepRoot } from './reset-password-step-root'

export type { ResetPasswordStepProps } from './reset-password-step'

/**
 * Sets a new password.
 *
 * Anatomy: `Root > Title, Label, Input, Error, Hint, SignOutOthers, Alert, Submit`.
 */
export const ResetPasswordStep = /* @__PURE__ */ Object.assign(ResetPasswordStepDefault, {
  Root: ResetPasswordStepRoot,
  Title,
  Label: FieldLabel,
  Input: NewPasswordInput,
  Error: FieldError,
  Hint: PasswordHint,
  SignOutOthers,
  Alert,
  Submit,
})
