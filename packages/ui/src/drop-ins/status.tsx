import { forwardRef } from 'react'
import type { LocalizationKey } from '../localization/types'
import { Part, type PartProps, withContent } from '../primitives/part'
import { useText } from '../primitives/ui-options'

export interface StatusProps extends PartProps<'div'> {
  titleKey: LocalizationKey
  hintKey?: LocalizationKey | undefined
}

/** A screen with nothing to fill in, as `role="status"`: a heading and a hint. */
export const Status = /* @__PURE__ */ forwardRef<HTMLDivElement, StatusProps>(function Status(
  { titleKey, hintKey, ...props },
  ref,
) {
  const { t } = useText()
  return (
    <Part as="div" partName="status" elementRef={ref} role="status" {...props}>
      {withContent(
        props.asChild,
        props.children,
        <>
          <Part as="h1" partName="title" tabIndex={-1}>
            {t(titleKey)}
          </Part>
          {hintKey && <p>{t(hintKey)}</p>}
        </>,
      )}
    </Part>
  )
})
