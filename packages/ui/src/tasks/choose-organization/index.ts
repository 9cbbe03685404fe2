import { Alert } from '../../primitives/alert'
import { FieldError, FieldLabel } from '../../primitives/field'
import { Submit } from '../../primitives/submit'
import { Title } from '../../primitives/title'
import { ChooseOrganizationRoot } from './choose-organization-root'
import { ChooseOrganizationTaskDefault } from './choose-organization-task'
import { Create, OrganizationNameInput } from './create'
import { LoadMore } from './load-more'
import { Organization } from './organization'
import { Organizations } from './organizations'
import { NoResults, Search } from './search'

export type { ChooseOrganizationTaskProps } from './choose-organization-task'
export type { OrganizationProps } from './organization'

/**
 * The session task that makes a signed-in user pick (or create) an active organization.
 *
 * Anatomy: `Root > Title, Search, Organizations (Organization…), NoResults, LoadMore, Alert, Create (Label, Input, Error, Submit)`.
 */
export const ChooseOrganizationTask = /* @__PURE__ */ Object.assign(ChooseOrganizationTaskDefault, {
  Root: ChooseOrganizationRoot,
  Title,
  Search,
  Organizations,
  NoResults,
  Organization,
  LoadMore,
  Alert,
  Create,
  Label: FieldLabel,
  Input: OrganizationNameInput,
  Error: FieldError,
  Submit,
})
