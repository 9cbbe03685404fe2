import { forwardRef } from 'react'
import { FieldError, FieldFrame, FieldLabel } from '../../primitives/field'
import type { PartProps } from '../../primitives/part'
import { useTask } from '../../primitives/source-context'
import { CodeInput } from '../../steps/shared/code-input'

const NAME = 'SetupMfaTask.Verify'

/** The code field (label, input, error) in a `field` part, shown in the `verify` stage. */
export const Verify = /* @__PURE__ */ forwardRef<HTMLDivElement, PartProps<'div'>>(function SetupMfaVerify(props, ref) {
  const { stage } = useTask(NAME, 'setup-mfa')
  if (stage !== 'verify') return null
  return (
    <FieldFrame
      frameRef={ref}
      part={NAME}
      fields={
        <>
          <FieldLabel />
          <CodeInput />
          <FieldError />
        </>
      }
      {...props}
    />
  )
})
