import { Alert } from '../../primitives/alert'
import { FieldError, FieldLabel } from '../../primitives/field'
import { Subtitle, Title } from '../../primitives/title'
import { CodeInput } from '../../steps/shared/code-input'
import { Back, SetupMfaSubmit } from './back-and-submit'
import { CopyCodes, DownloadCodes } from './backup-code-actions'
import { BackupCodes } from './backup-codes'
import { Method, Methods } from './methods'
import { Phone, PhoneNumber, PhoneNumbers } from './phone'
import { QrCode } from './qr-code'
import { Secret } from './secret'
import { SetupMfaTaskRoot } from './setup-mfa-root'
import { SetupMfaTaskDefault } from './setup-mfa-task'
import { Verify } from './verify'

export type { SetupMfaMethodProps } from './methods'
export type { SetupMfaPhoneNumberProps } from './phone'
export type { SetupMfaTaskProps } from './setup-mfa-task'

/**
 * The session task that makes a signed-in user set up two-step verification: an authenticator
 * app, or SMS codes when the instance offers them.
 *
 * Anatomy: `Root > Title, Subtitle, Methods (Method…), PhoneNumbers (PhoneNumber…), Phone (Label, Input, Error), Secret (QrCode…), Verify (Label, Input, Error), BackupCodes, CopyCodes, DownloadCodes, Alert, Submit, Back`.
 */
export const SetupMfaTask = /* @__PURE__ */ Object.assign(SetupMfaTaskDefault, {
  Root: SetupMfaTaskRoot,
  Title,
  Subtitle,
  Methods,
  Method,
  PhoneNumbers,
  PhoneNumber,
  Phone,
  Secret,
  QrCode,
  Verify,
  Label: FieldLabel,
  Input: CodeInput,
  Error: FieldError,
  BackupCodes,
  CopyCodes,
  DownloadCodes,
  Alert,
  Submit: SetupMfaSubmit,
  Back,
})
