import { forwardRef } from 'react'
import type { PartProps } from '../../primitives/part'
import { useFlow } from '../../primitives/source-context'
import { FlowButton } from './flow-button'

/** Goes back one step (e.g. to change the email address). Renders nothing when there is no way back. */
export const Back = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(function Back(props, ref) {
  const flow = useFlow('Back')
  return flow.canGoBack ? (
    <FlowButton {...props} buttonRef={ref} partName="back" label="back" onAction={() => flow.back()} />
  ) : null
})
