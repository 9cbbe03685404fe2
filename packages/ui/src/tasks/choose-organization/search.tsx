import { forwardRef } from 'react'
import { Field, FieldControl, FieldLabel } from '../../primitives/field'
import { Part, type PartProps, textOf, withContent } from '../../primitives/part'
import { useTask } from '../../primitives/source-context'
import { useText } from '../../primitives/ui-options'

const NAME = 'ChooseOrganizationTask.Search'

/**
 * The search `<input type="search">`, filtering the list with `task.search` at each keystroke: the
 * hook filters what the user already has in memory, without a request, so there is nothing to
 * debounce. Enter does not submit the form around it (that would create an organization).
 */
const SearchInput = () => {
  const task = useTask(NAME, 'choose-organization')
  return (
    <FieldControl
      type="search"
      autoComplete="off"
      value={task.query}
      onChange={(event) => task.search(event.currentTarget.value)}
      onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
    />
  )
}

/** The search over the organizations (label and input, in a `field` part), shown when they are more than a page (`task.searchable`). */
export const Search = /* @__PURE__ */ forwardRef<HTMLDivElement, PartProps<'div'>>(function Search(props, ref) {
  const { searchable } = useTask(NAME, 'choose-organization')
  const { t } = useText()
  if (!searchable) return null
  return (
    <Field ref={ref} name="organizationSearch" {...props}>
      {withContent(
        props.asChild,
        props.children,
        <>
          <FieldLabel>{t('searchOrganizations')}</FieldLabel>
          <SearchInput />
        </>,
      )}
    </Field>
  )
})

/** “No organizations match your search”, as `role="status"`, while a search finds nothing. */
export const NoResults = /* @__PURE__ */ forwardRef<HTMLParagraphElement, PartProps<'p'>>(
  function NoResults(props, ref) {
    const { query, items } = useTask('ChooseOrganizationTask.NoResults', 'choose-organization')
    const { t } = useText()
    if (!query.trim() || items.length) return null
    return (
      <Part as="p" partName="empty" elementRef={ref} role="status" {...props}>
        {textOf(props, t('noOrganizations'))}
      </Part>
    )
  },
)
