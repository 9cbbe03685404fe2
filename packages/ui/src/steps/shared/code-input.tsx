import { CODE_LENGTH, filterCodeInput, normalizeCode } from '@flowkit/flows'
import { forwardRef, useEffect, useRef, useState } from 'react'
import { composeHandlers } from '../../primitives/compose-handlers'
import { useComposedRefs } from '../../primitives/compose-refs'
import { useControlProps } from '../../primitives/field'
import { Part, type PartProps } from '../../primitives/part'

/**
 * One real `<input autocomplete="one-time-code">` for a six-digit code. It keeps only digits
 * (any script's digits become ASCII), takes a pasted message whole ("Your code is 123 456"), and
 * submits its form once the code is complete. Typing re-renders this part only (and, once, the
 * field whose error it hides). The reference theme draws it as six boxes: still one input, so
 * paste, autofill and screen readers see a plain text field.
 */
export const CodeInput = /* @__PURE__ */ forwardRef<HTMLInputElement, PartProps<'input'>>(
  function CodeInput(props, ref) {
    const input = useRef<HTMLInputElement>(null)
    const [value, setValue] = useState('')
    const complete = value.length === CODE_LENGTH
    const control = useControlProps('CodeInput')

    // After the commit, so the form reads the complete value from the DOM.
    useEffect(() => {
      if (complete) input.current?.form?.requestSubmit()
    }, [complete])

    return (
      <Part
        as="input"
        partName="code-input"
        elementRef={useComposedRefs(ref, input)}
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        spellCheck={false}
        required
        {...control}
        {...props}
        value={value}
        onChange={composeHandlers(props.onChange, (event) => {
          control.onChange()
          setValue(filterCodeInput(event.currentTarget.value))
        })}
        onPaste={composeHandlers(props.onPaste, (event) => {
          // A pasted message may hold other numbers; take the code only when there is exactly one.
          const code = normalizeCode(event.clipboardData.getData('text'))
          if (code) {
            event.preventDefault()
            control.onChange()
            setValue(code)
          }
        })}
      />
    )
  },
)
