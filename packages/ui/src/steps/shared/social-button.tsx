import type { SocialProvider } from '@flowkit/flows'
import { forwardRef } from 'react'
import { composeHandlers } from '../../primitives/compose-handlers'
import { Part, type PartProps, presence, textOf } from '../../primitives/part'
import { useFlow } from '../../primitives/source-context'
import { useText } from '../../primitives/ui-options'
import { withLastUsed } from './last-used'

export interface SocialButtonProps extends PartProps<'button'> {
  /** The provider, one of `flow.socialProviders`; its strategy is `data-strategy` (`oauth_google`). */
  provider: SocialProvider
}

/**
 * "Continue with …" one social provider (`flow.signInWithProvider`), marked “Last used” when it was;
 * ignored while the flow is pending.
 */
export const SocialButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, SocialButtonProps>(function SocialButton(
  { provider, ...props },
  ref,
) {
  const flow = useFlow('SocialButton')
  const { t } = useText()
  const pending = flow.isPending
  return (
    <Part
      as="button"
      partName="social-button"
      elementRef={ref}
      type="button"
      data-strategy={provider.strategy}
      aria-disabled={pending || undefined}
      data-disabled={presence(pending)}
      {...props}
      onClick={composeHandlers(props.onClick, () => pending || flow.signInWithProvider(provider.strategy))}
    >
      {textOf(
        props,
        withLastUsed(t('continueWith', { provider: provider.name }), provider.strategy, flow.lastStrategy),
      )}
    </Part>
  )
})
