import { type EnterpriseConnection as Connection, enterpriseSso } from '@flowkit/flows'
import { forwardRef } from 'react'
import { composeHandlers } from '../../primitives/compose-handlers'
import { Part, type PartProps, presence, textOf } from '../../primitives/part'
import { useFlow } from '../../primitives/source-context'
import { useText } from '../../primitives/ui-options'

export interface EnterpriseConnectionProps extends PartProps<'button'> {
  /** One of the step's `connections`: the identity provider this button goes to. */
  connection: Connection
}

/**
 * "Continue with …" one enterprise connection: off to its identity provider
 * (`flow.start(enterpriseSso.connection(connection))`); ignored while the flow is pending.
 */
export const EnterpriseConnection = /* @__PURE__ */ forwardRef<HTMLButtonElement, EnterpriseConnectionProps>(
  function EnterpriseConnection({ connection, ...props }, ref) {
    const flow = useFlow('EnterpriseSsoStep.Connection')
    const { t } = useText()
    const pending = flow.isPending
    return (
      <Part
        as="button"
        partName="enterprise-connection"
        elementRef={ref}
        type="button"
        aria-disabled={pending || undefined}
        data-disabled={presence(pending)}
        {...props}
        onClick={composeHandlers(props.onClick, () => pending || flow.start(enterpriseSso.connection(connection)))}
      >
        {textOf(props, t('enterpriseConnection', { provider: connection.name }))}
      </Part>
    )
  },
)
