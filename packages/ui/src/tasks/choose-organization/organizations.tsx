import { forwardRef } from 'react'
import { Part, type PartProps, withContent } from '../../primitives/part'
import { useTask } from '../../primitives/source-context'
import { Organization } from './organization'

/** An `Organization` button per membership, invitation and suggestion, in a list. */
export const Organizations = /* @__PURE__ */ forwardRef<HTMLUListElement, PartProps<'ul'>>(
  function Organizations(props, ref) {
    const { items } = useTask('ChooseOrganizationTask.Organizations', 'choose-organization')
    if (!items.length) return null
    return (
      <Part as="ul" partName="organizations" elementRef={ref} {...props}>
        {withContent(
          props.asChild,
          props.children,
          items.map((item) => (
            <li key={item.id}>
              <Organization item={item} />
            </li>
          )),
        )}
      </Part>
    )
  },
)
