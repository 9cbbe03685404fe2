import type { SetupMfaMethod } from '@flowkit/flows'
import { forwardRef } from 'react'
import { composeHandlers } from '../../primitives/compose-handlers'
import { Part, type PartProps, textOf, withContent } from '../../primitives/part'
import { useTask } from '../../primitives/source-context'
import { useText } from '../../primitives/ui-options'

const LABELS = { totp: 'startSetup', phone_code: 'startSmsSetup' } as const

export interface SetupMfaMethodProps extends PartProps<'button'> {
  /** The method this button sets up (`data-strategy`): `totp` or `phone_code`. */
  method: SetupMfaMethod
}

/** A button that starts setting up one method (`task.start(method)`); ignored while the task is pending, busy while its own start is. */
export const Method = /* @__PURE__ */ forwardRef<HTMLButtonElement, SetupMfaMethodProps>(function SetupMfaMethod(
  { method, ...props },
  ref,
) {
  const task = useTask('SetupMfaTask.Method', 'setup-mfa')
  const { t } = useText()
  const pending = task.isPending
  return (
    <Part
      as="button"
      partName="strategy"
      elementRef={ref}
      type="button"
      data-strategy={method}
      aria-disabled={pending || undefined}
      // The method being started says it is working, as a pending Submit does.
      aria-busy={(pending && task.method === method) || undefined}
      {...props}
      onClick={composeHandlers(props.onClick, () => pending || task.start(method))}
    >
      {textOf(props, t(LABELS[method]))}
    </Part>
  )
})

/** A `Method` button per method the instance offers (`task.methods`), on the `start` stage. */
export const Methods = /* @__PURE__ */ forwardRef<HTMLDivElement, PartProps<'div'>>(
  function SetupMfaMethods(props, ref) {
    const { stage, methods } = useTask('SetupMfaTask.Methods', 'setup-mfa')
    if (stage !== 'start') return null
    return (
      <Part as="div" partName="strategies" elementRef={ref} {...props}>
        {withContent(
          props.asChild,
          props.children,
          methods.map((method) => <Method key={method} method={method} />),
        )}
      </Part>
    )
  },
)
