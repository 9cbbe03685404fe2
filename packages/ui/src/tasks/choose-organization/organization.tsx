import type { ChooseOrganizationItem } from '@flowkit/flows'
import { forwardRef, useState } from 'react'
import { composeHandlers } from '../../primitives/compose-handlers'
import { Part, type PartProps, presence, textOf } from '../../primitives/part'
import { useTask } from '../../primitives/source-context'
import { useText } from '../../primitives/ui-options'

export interface OrganizationProps extends PartProps<'button'> {
  /** A membership, invitation or suggestion, one of `task.items` (`data-kind`). */
  item: ChooseOrganizationItem
}

/** "Acme Rockets" → "AR": the avatar of an organization. */
const initials = (name: string) =>
  name
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word.charAt(0))
    .join('')
    .toUpperCase()

/**
 * A row that chooses one organization (`task.select`): its initials (`avatar`), its name, and an
 * `Invitation` or `Suggested` `badge`. Ignored while the task is pending.
 */
export const Organization = /* @__PURE__ */ forwardRef<HTMLButtonElement, OrganizationProps>(function Organization(
  { item, ...props },
  ref,
) {
  const task = useTask('ChooseOrganizationTask.Organization', 'choose-organization')
  const { t } = useText()
  const pending = task.isPending
  // The row the user chose says it is working while its organization activates.
  const [chosen, setChosen] = useState(false)
  return (
    <Part
      as="button"
      partName="organization"
      elementRef={ref}
      type="button"
      data-kind={item.kind}
      aria-disabled={pending || undefined}
      aria-busy={(pending && chosen) || undefined}
      data-disabled={presence(pending)}
      {...props}
      onClick={composeHandlers(props.onClick, () => {
        if (pending) return
        setChosen(true)
        void task.select(item)
      })}
    >
      {textOf(
        props,
        <>
          <Part as="span" partName="avatar" aria-hidden="true">
            {initials(item.organization.name)}
          </Part>
          <span>{item.organization.name}</span>
          {item.kind !== 'membership' && (
            <>
              {' '}
              <Part as="span" partName="badge">
                {t(item.kind)}
              </Part>
            </>
          )}
        </>,
      )}
    </Part>
  )
})
