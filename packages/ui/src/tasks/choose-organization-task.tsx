import type { ChooseOrganizationTaskController } from '@flowkit/flows'
import { forwardRef } from 'react'
import { organizationStrings } from '../localization/en'
import { FieldControl, FieldError, FieldLabel } from '../primitives/field'
import { FormRoot } from '../primitives/form-root'
import { Part, type PartProps, presence, textOf, withContent } from '../primitives/part'
import { Alert, Submit, Title } from '../primitives/step-parts'
import { useUi } from '../primitives/ui-context'
import { type TaskConfig, type TaskRootProps, useTask, useTaskForm } from './task-root'

const NAME = 'ChooseOrganizationTask'

const config = (): TaskConfig<ChooseOrganizationTaskController> => ({
  strings: organizationStrings,
  titleKey: 'chooseOrganizationTitle',
  labelKey: 'organizationName',
  submitKey: 'createOrganization',
  onValues: (values, task) => task.create({ name: String(values.get('organizationName') ?? '').trim() }),
})

/** The root of the `choose-organization` task; its form creates an organization with `task.create`. */
const Root = /* @__PURE__ */ forwardRef<HTMLFormElement, TaskRootProps<ChooseOrganizationTaskController>>(
  function ChooseOrganizationTaskRoot({ task, ...props }, ref) {
    return (
      <FormRoot
        formRef={ref}
        {...useTaskForm('ChooseOrganizationTask.Root', 'choose-organization', task, 'organizationName', config)}
        {...props}
      />
    )
  },
)

/**
 * A button per membership, invitation and suggestion (`data-state` is the kind); choosing one
 * calls `task.select`.
 */
const Organizations = /* @__PURE__ */ forwardRef<HTMLUListElement, PartProps<'ul'>>(function Organizations(props, ref) {
  const task = useTask(`${NAME}.Organizations`, 'choose-organization')
  const { pending, t } = useUi()
  if (!task.items.length) return null
  return (
    <Part as="ul" partName="organizations" elementRef={ref} {...props}>
      {withContent(
        props.asChild,
        props.children,
        task.items.map((item) => (
          <li key={item.id}>
            <Part
              as="button"
              partName="organization"
              type="button"
              data-state={item.kind}
              aria-disabled={pending || undefined}
              onClick={() => pending || task.select(item)}
            >
              {item.organization.name}
              {item.kind !== 'membership' && (
                <>
                  {' '}
                  <small>{t(item.kind)}</small>
                </>
              )}
            </Part>
          </li>
        )),
      )}
    </Part>
  )
})

/** Loads the next page of organizations; shown while there are more. */
const LoadMore = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(function LoadMore(props, ref) {
  const task = useTask(`${NAME}.LoadMore`, 'choose-organization')
  const { t } = useUi()
  if (!task.hasMore) return null
  const busy = task.isLoadingMore
  return (
    <Part
      as="button"
      partName="load-more"
      elementRef={ref}
      type="button"
      aria-busy={busy || undefined}
      data-pending={presence(busy)}
      onClick={() => busy || task.loadMore()}
      {...props}
    >
      {textOf(props, t('loadMore'))}
    </Part>
  )
})

/** The new organization's name. */
const Input = /* @__PURE__ */ forwardRef<HTMLInputElement, PartProps<'input'>>(
  function OrganizationNameInput(props, ref) {
    return <FieldControl ref={ref} autoComplete="organization" required {...props} />
  },
)

/** The create form (name, error, submit), when the user may create organizations. */
function Create() {
  const { canCreate } = useTask(`${NAME}.Create`, 'choose-organization')
  if (!canCreate) return null
  return (
    <>
      <FieldLabel />
      <Input />
      <FieldError />
      <Submit />
    </>
  )
}

export type ChooseOrganizationTaskProps = Omit<TaskRootProps<ChooseOrganizationTaskController>, 'children'>

function ChooseOrganizationTaskDefault(props: ChooseOrganizationTaskProps) {
  return (
    <Root {...props}>
      <Title />
      <Organizations />
      <LoadMore />
      <Alert />
      <Create />
    </Root>
  )
}

/**
 * The session task that makes a signed-in user pick (or create) an active organization.
 *
 * Anatomy: `Root > Title, Organizations, LoadMore, Alert, Create (Label, Input, Error, Submit)`.
 */
export const ChooseOrganizationTask = /* @__PURE__ */ Object.assign(ChooseOrganizationTaskDefault, {
  Root,
  Title,
  Organizations,
  LoadMore,
  Alert,
  Create,
  Label: FieldLabel,
  Input,
  Error: FieldError,
  Submit,
})
