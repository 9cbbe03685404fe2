import { Alert } from '../../primitives/alert'
import { FieldError, FieldLabel } from '../../primitives/field'
import { Submit } from '../../primitives/submit'
import { Title } from '../../primitives/title'
import { NewPasswordInput, SignOutOthers } from '../../steps/shared/new-password'
import { PasswordHint } from '../../steps/shared/password-hint'
import { ResetPasswordTaskRoot } from './reset-password-root'
import { ResetPasswordTaskDefault } from './reset-password-task'

export type { ResetPasswordTaskProps } from './reset-password-task'

/**
 * The session task that makes a signed-in user choose a new password.
 *
 * Anatomy: `Root > Title, Label, Input, Error, Hint, SignOutOthers, Alert, Submit`.
 */
export const ResetPasswordTask = /* @__PURE__ */ Object.assign(ResetPasswordTaskDefault, {
  Root: ResetPasswordTaskRoot,
  Title,
  Label: FieldLabel,
  Input: NewPasswordInput,
  Error: FieldError,
  Hint: PasswordHint,
  SignOutOthers,
  Alert,
  Submit,
})
