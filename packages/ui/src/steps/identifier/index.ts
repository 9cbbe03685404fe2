import { Alert } from '../../primitives/alert'
import { FieldError, FieldLabel } from '../../primitives/field'
import { Submit } from '../../primitives/submit'
import { Subtitle, Title } from '../../primitives/title'
import { SocialButton } from '../shared/social-button'
import { SocialButtons } from '../shared/social-buttons'
import { Divider } from './divider'
import { IdentifierInput } from './identifier-input'
import { IdentifierStepDefault } from './identifier-step'
import { IdentifierStepRoot } from './identifier-step-root'
import { PasskeyButton } from './passkey-button'

export type { IdentifierStepProps } from './identifier-step'

/**
 * Asks for an email address, phone number or username (and offers social sign-in and passkeys).
 *
 * Anatomy: `Root > Title, Subtitle, Label, Input, Error, Alert, Submit, Passkey, Divider, SocialButtons (SocialButton…)`.
 */
export const IdentifierStep = /* @__PURE__ */ Object.assign(IdentifierStepDefault, {
  Root: IdentifierStepRoot,
  Title,
  Subtitle,
  Divider,
  SocialButtons,
  SocialButton,
  Label: FieldLabel,
  Input: IdentifierInput,
  Error: FieldError,
  Alert,
  Submit,
  Passkey: PasskeyButton,
})
