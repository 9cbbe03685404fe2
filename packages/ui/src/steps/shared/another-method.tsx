import { forwardRef } from 'react'
import type { PartProps } from '../../primitives/part'
import { useFlow } from '../../primitives/source-context'
import { FlowButton } from './flow-button'

const FIRST_FACTOR_STEPS = ['password', 'first-factor', 'email-link']

/**
 * Shows the other ways to sign in (`flow.chooseAnotherMethod`). Renders nothing unless this is a
 * first-factor step and the instance offers another strategy.
 */
export const AnotherMethod = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(
  function AnotherMethod(props, ref) {
    const flow = useFlow('AnotherMethod')
    return FIRST_FACTOR_STEPS.includes(flow.step.name) && flow.strategies.length > 1 ? (
      <FlowButton
        {...props}
        buttonRef={ref}
        partName="another-method"
        label="anotherMethod"
        onAction={() => flow.chooseAnotherMethod()}
      />
    ) : null
  },
)
