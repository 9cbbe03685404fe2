import { forwardRef } from 'react'
import { FieldControl } from '../../primitives/field'
import type { PartProps } from '../../primitives/part'
import { CodeInput } from '../shared/code-input'
import { useSecondFactor } from './second-factor-step-root'

/**
 * The one-time-code input, or a plain text input for a backup code (they are not six digits);
 * nothing for a passkey, which has no code.
 */
export const SecondFactorInput = /* @__PURE__ */ forwardRef<HTMLInputElement, PartProps<'input'>>(
  function SecondFactorInput(props, ref) {
    const strategy = useSecondFactor('SecondFactorStep.Input')
    if (strategy === 'passkey') return null
    return strategy === 'backup_code' ? (
      <FieldControl ref={ref} autoComplete="off" autoCapitalize="none" spellCheck={false} required {...props} />
    ) : (
      <CodeInput ref={ref} {...props} />
    )
  },
)
