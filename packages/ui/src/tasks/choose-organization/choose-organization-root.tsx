import type { ChooseOrganizationTaskController } from '@flowkit/flows'
import { forwardRef, useState } from 'react'
import { organizationStrings } from '../../localization/en/organization'
import { type StepConfig, StepRoot } from '../../primitives/step-root'
import { type TaskRootProps, useTaskRoot } from '../shared/task-root'

const config = (task: ChooseOrganizationTaskController): StepConfig => ({
  strings: organizationStrings,
  titleKey: 'chooseOrganizationTitle',
  field: 'organizationName',
  labelKey: 'organizationName',
  submitKey: 'createOrganization',
  submit: (name) => task.create({ name: name.trim() }),
})

/** The root of the `choose-organization` task; its form creates an organization with `task.create`. */
export const ChooseOrganizationRoot = /* @__PURE__ */ forwardRef<
  HTMLFormElement,
  TaskRootProps<ChooseOrganizationTaskController>
>(function ChooseOrganizationTaskRoot({ task, ...props }, ref) {
  const root = useTaskRoot('ChooseOrganizationTask.Root', 'choose-organization', task, config)
  const { items, canCreate } = root.source.task as ChooseOrganizationTaskController
  // "Choose…" only when there is something to choose. Decided once: the organization just created
  // joins the list while its session activates, and the title should not change under the user.
  const [createOnly] = useState(!items.length && canCreate)
  const titleKey = createOnly ? 'createOrganizationTitle' : 'chooseOrganizationTitle'
  return <StepRoot rootRef={ref} {...root} config={{ ...root.config, titleKey }} {...props} />
})
