import { forwardRef } from 'react'
import { FieldControl } from '../../primitives/field'
import type { PartProps } from '../../primitives/part'
import { useFlow } from '../../primitives/source-context'

/** The password `<input>`: `current-password`, or `new-password` when the flow is creating an account. */
export const PasswordInput = /* @__PURE__ */ forwardRef<HTMLInputElement, PartProps<'input'>>(
  function PasswordInput(props, ref) {
    const { intent } = useFlow('PasswordStep.Input')
    return (
      <FieldControl
        ref={ref}
        type="password"
        autoComplete={intent === 'sign-up' ? 'new-password' : 'current-password'}
        required
        {...props}
      />
    )
  },
)
