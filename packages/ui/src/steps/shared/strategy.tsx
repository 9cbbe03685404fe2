import type { FirstFactorStrategy, SecondFactorStrategy } from '@flowkit/flows'
import { forwardRef } from 'react'
import { composeHandlers } from '../../primitives/compose-handlers'
import { Part, type PartProps, textOf } from '../../primitives/part'
import { useFlow } from '../../primitives/source-context'
import { useText } from '../../primitives/ui-options'
import { withLastUsed } from './last-used'

export interface StrategyProps extends PartProps<'button'> {
  /** The method this button switches to (`data-strategy`). */
  strategy: FirstFactorStrategy | SecondFactorStrategy
}

// Where a code or link would go, when the identifier the user typed is that kind (Clerk's buttons
// name it: "Email code to ada@example.com"); a text that needs it, without one, shows the default.
const whereTo = (strategy: string, identifier: string) =>
  (strategy.startsWith('email') ? identifier.includes('@') : strategy === 'phone_code' && identifier.startsWith('+'))
    ? identifier
    : undefined

/**
 * A button that switches to `strategy`: another second factor on the second-factor step
 * (`flow.chooseSecondFactor`), else a first factor (`flow.chooseStrategy`, marked “Last used” when it was).
 */
export const Strategy = /* @__PURE__ */ forwardRef<HTMLButtonElement, StrategyProps>(function Strategy(
  { strategy, ...props },
  ref,
) {
  const flow = useFlow('Strategy')
  const { t } = useText()
  const second = flow.step.name === 'second-factor'
  return (
    <Part
      as="button"
      partName="strategy"
      elementRef={ref}
      type="button"
      data-strategy={strategy}
      {...props}
      onClick={composeHandlers(props.onClick, () =>
        second
          ? flow.chooseSecondFactor(strategy as SecondFactorStrategy)
          : flow.chooseStrategy(strategy as FirstFactorStrategy),
      )}
    >
      {textOf(
        props,
        // "Last used" names a first factor: a second factor is never what the browser signed in with.
        second
          ? t(`method_${strategy as SecondFactorStrategy}`, { identifier: whereTo(strategy, flow.identifier) })
          : withLastUsed(
              t(`strategy_${strategy as FirstFactorStrategy}`, { identifier: whereTo(strategy, flow.identifier) }),
              strategy,
              flow.lastStrategy,
            ),
      )}
    </Part>
  )
})
