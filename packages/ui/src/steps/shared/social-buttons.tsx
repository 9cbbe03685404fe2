import type { SocialProvider } from '@flowkit/flows'
import { forwardRef } from 'react'
import { Part, type PartProps, withContent } from '../../primitives/part'
import { useFlow } from '../../primitives/source-context'
import { SocialButton } from './social-button'

export interface SocialButtonsProps extends PartProps<'div'> {
  /** Which providers to show. Defaults to every one the instance enables. */
  providers?: SocialProvider[]
}

/** A `SocialButton` per social provider. */
export const SocialButtons = /* @__PURE__ */ forwardRef<HTMLDivElement, SocialButtonsProps>(function SocialButtons(
  { providers, ...props },
  ref,
) {
  const flow = useFlow('SocialButtons')
  const shown = providers ?? flow.socialProviders
  if (!shown.length) return null
  return (
    <Part as="div" partName="social-buttons" elementRef={ref} {...props}>
      {withContent(
        props.asChild,
        props.children,
        shown.map((provider) => <SocialButton key={provider.strategy} provider={provider} />),
      )}
    </Part>
  )
})
