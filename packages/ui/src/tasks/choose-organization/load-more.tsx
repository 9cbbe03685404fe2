import { forwardRef } from 'react'
import { composeHandlers } from '../../primitives/compose-handlers'
import { Part, type PartProps, presence, textOf } from '../../primitives/part'
import { useTask } from '../../primitives/source-context'
import { useText } from '../../primitives/ui-options'

/** Loads the next page of organizations; shown while there are more. */
export const LoadMore = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(
  function LoadMore(props, ref) {
    const task = useTask('ChooseOrganizationTask.LoadMore', 'choose-organization')
    const { t } = useText()
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
        {...props}
        onClick={composeHandlers(props.onClick, () => busy || task.loadMore())}
      >
        {textOf(props, t('loadMore'))}
      </Part>
    )
  },
)
