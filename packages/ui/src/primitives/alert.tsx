import { forwardRef, useContext, useMemo } from 'react'
import { Part, type PartProps, textOf } from './part'
import { StepContext } from './step-state'
import { useText } from './ui-options'
import { useSecondsLeft } from './use-seconds-left'

/**
 * An error about the whole step (network, rate limit, expired attempt), as `role="alert"`, with
 * its code as `data-error`. A rate limit counts down to when the user may try again, in one
 * sentence (`rateLimitedIn`), then shows its own message.
 */
export const Alert = /* @__PURE__ */ forwardRef<HTMLDivElement, PartProps<'div'>>(function Alert(props, ref) {
  const { error } = useContext(StepContext)
  const { t, message } = useText()
  // The deadline is fixed when the error arrives: `retryAfterSeconds` counts from then.
  const until = useMemo(() => error?.retryAfterSeconds && Date.now() + error.retryAfterSeconds * 1000, [error])
  const seconds = useSecondsLeft(until)
  if (!error) return null
  return (
    <Part as="div" partName="alert" elementRef={ref} role="alert" data-error={error.code} {...props}>
      {textOf(props, seconds ? t('rateLimitedIn', { seconds }) : message(error))}
    </Part>
  )
})
