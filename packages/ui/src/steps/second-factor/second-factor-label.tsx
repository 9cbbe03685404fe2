import { forwardRef } from 'react'
import { FieldLabel } from '../../primitives/field'
import type { PartProps } from '../../primitives/part'
import { useSecondFactor } from './second-factor-step-root'

/** The code field's label; nothing for a passkey, which has no code to type. */
export const SecondFactorLabel = /* @__PURE__ */ forwardRef<HTMLLabelElement, PartProps<'label'>>(
  function SecondFactorLabel(props, ref) {
    return useSecondFactor('SecondFactorStep.Label') === 'passkey' ? null : <FieldLabel ref={ref} {...props} />
  },
)
