import { Alert } from '../../primitives/alert'
import { FieldError } from '../../primitives/field'
import { Submit } from '../../primitives/submit'
import { Subtitle, Title } from '../../primitives/title'
import { Back } from '../shared/back'
import { Strategies } from '../shared/strategies'
import { Strategy } from '../shared/strategy'
import { SecondFactorInput } from './second-factor-input'
import { SecondFactorLabel } from './second-factor-label'
import { SecondFactorResend } from './second-factor-resend'
import { SecondFactorStepDefault } from './second-factor-step'
import { SecondFactorStepRoot } from './second-factor-step-root'

export type { SecondFactorStepProps } from './second-factor-step'

/**
 * The second factor: authenticator (TOTP), SMS or email code, a passkey, or a backup code, with a way to switch.
 *
 * Anatomy: `Root > Title, Subtitle, Label, Input, Error, Alert, Submit, Resend, Strategies (Strategy…), Back`.
 */
export const SecondFactorStep = /* @__PURE__ */ Object.assign(SecondFactorStepDefault, {
  Root: SecondFactorStepRoot,
  Title,
  Subtitle,
  Label: SecondFactorLabel,
  Input: SecondFactorInput,
  Error: FieldError,
  Alert,
  Submit,
  Resend: SecondFactorResend,
  Strategies,
  Strategy,
  Back,
})
