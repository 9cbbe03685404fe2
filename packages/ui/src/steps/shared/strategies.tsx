import type { FirstFactorStrategy, SecondFactorStrategy } from '@flowkit/flows'
import { forwardRef } from 'react'
import { Part, type PartProps, withContent } from '../../primitives/part'
import { useFlow } from '../../primitives/source-context'
import { Strategy } from './strategy'

export interface StrategiesProps extends PartProps<'div'> {
  /** Which strategies to offer. Defaults to the step's: every first factor, or the other second factors. */
  strategies?: Array<FirstFactorStrategy | SecondFactorStrategy>
}

/** A `Strategy` button per other way to verify (first or second factor, by step). */
export const Strategies = /* @__PURE__ */ forwardRef<HTMLDivElement, StrategiesProps>(function Strategies(
  { strategies, ...props },
  ref,
) {
  const { step } = useFlow('Strategies')
  const offered =
    strategies ??
    (step.name === 'second-factor'
      ? step.available.filter((other) => other !== step.strategy)
      : step.name === 'choose-strategy'
        ? step.strategies
        : [])
  if (!offered.length) return null
  return (
    <Part as="div" partName="strategies" elementRef={ref} {...props}>
      {withContent(
        props.asChild,
        props.children,
        offered.map((strategy) => <Strategy key={strategy} strategy={strategy} />),
      )}
    </Part>
  )
})
