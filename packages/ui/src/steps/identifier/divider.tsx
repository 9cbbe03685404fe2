import { forwardRef } from 'react'
import { Part, type PartProps, textOf } from '../../primitives/part'
import { useFlow } from '../../primitives/source-context'
import { useText } from '../../primitives/ui-options'

/** “or”, between the form and the social buttons; renders nothing when there are none. */
export const Divider = /* @__PURE__ */ forwardRef<HTMLDivElement, PartProps<'div'>>(function Divider(props, ref) {
  const { socialProviders } = useFlow('IdentifierStep.Divider')
  const { t } = useText()
  return socialProviders.length ? (
    <Part as="div" partName="divider" elementRef={ref} role="separator" {...props}>
      {textOf(props, t('or'))}
    </Part>
  ) : null
})
