import { Alert } from '../../primitives/alert'
import { Submit } from '../../primitives/submit'
import { Title } from '../../primitives/title'
import { Back } from '../shared/back'
import { MissingField, MissingFields } from './missing-field'
import { MissingRequirementsStepRoot } from './missing-requirements-root'
import { MissingRequirementsStepDefault } from './missing-requirements-step'

export type { MissingFieldProps } from './missing-field'
export type { MissingRequirementsStepRootProps } from './missing-requirements-root'
export type { MissingRequirementsStepProps } from './missing-requirements-step'

/**
 * Collects what a new account still needs (`signUp.missingFields`): names, username, phone,
 * password, and consent to the legal terms.
 *
 * Anatomy: `Root > Title, Fields > Field (Label, Input | consent Checkbox, Error), Alert, Submit, Back`.
 */
export const MissingRequirementsStep = /* @__PURE__ */ Object.assign(MissingRequirementsStepDefault, {
  Root: MissingRequirementsStepRoot,
  Title,
  Fields: MissingFields,
  Field: MissingField,
  Alert,
  Submit,
  Back,
})
