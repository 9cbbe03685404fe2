import { forwardRef } from 'react'
import { Part, type PartProps, textOf } from '../../primitives/part'
import { useFlow } from '../../primitives/source-context'
import { useText } from '../../primitives/ui-options'

export interface LastUsedProps extends PartProps<'span'> {
  /** The method it marks: a first factor (`email_code`), `passkey`, or a provider's strategy (`oauth_google`). */
  strategy: string
}

/**
 * “Last used”, only for the method this browser signed in with last (`flow.lastStrategy`, Clerk's
 * `client.lastAuthenticationStrategy`). Text, so it is not told by colour alone; inside its button,
 * it is read with the button's name.
 */
export const LastUsed = /* @__PURE__ */ forwardRef<HTMLSpanElement, LastUsedProps>(function LastUsed(
  { strategy, ...props },
  ref,
) {
  const { lastStrategy } = useFlow('LastUsed')
  const { t } = useText()
  if (lastStrategy !== strategy) return null
  return (
    <Part as="span" partName="last-used" elementRef={ref} {...props}>
      {textOf(props, t('lastUsed'))}
    </Part>
  )
})

/** A button's label, with the badge after it when `strategy` is the one used last (a space between). */
export const withLastUsed = (label: string, strategy: string, lastStrategy: string | null) =>
  strategy === lastStrategy ? (
    <>
      {label} <LastUsed strategy={strategy} />
    </>
  ) : (
    label
  )
