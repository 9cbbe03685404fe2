import { forwardRef } from 'react'
import { FieldControl } from '../../primitives/field'
import type { PartProps } from '../../primitives/part'
import { useWaitlistSource } from '../../primitives/source-context'

/** The email `<input>` of the waitlist step; it keeps its own value, the waitlist sees it on submit. */
export const WaitlistInput = /* @__PURE__ */ forwardRef<HTMLInputElement, PartProps<'input'>>(
  function WaitlistInput(props, ref) {
    const waitlist = useWaitlistSource('WaitlistStep.Input')
    return (
      <FieldControl
        ref={ref}
        type="email"
        autoComplete="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        defaultValue={waitlist.emailAddress}
        {...props}
      />
    )
  },
)
