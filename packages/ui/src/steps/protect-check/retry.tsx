import { forwardRef } from 'react'
import type { PartProps } from '../../primitives/part'
import { FlowButton } from '../shared/flow-button'
import { useProtectRun } from './protect-check-step-root'

/** “Try again”, shown only when the challenge script could not load or run: runs it again. */
export const Retry = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(function Retry(props, ref) {
  const run = useProtectRun('ProtectCheckStep.Retry')
  return run.failed ? (
    <FlowButton {...props} buttonRef={ref} partName="retry" label="retry" onAction={run.retry} />
  ) : null
})
