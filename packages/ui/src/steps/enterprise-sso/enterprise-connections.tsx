import type { EnterpriseConnection as Connection } from '@flowkit/flows'
import { forwardRef } from 'react'
import { Part, type PartProps, withContent } from '../../primitives/part'
import { useFlow } from '../../primitives/source-context'
import { EnterpriseConnection } from './enterprise-connection'

export interface EnterpriseConnectionsProps extends PartProps<'div'> {
  /** Which connections to offer. Defaults to the step's: every one that claims the email's domain. */
  connections?: Connection[]
}

/** An `EnterpriseConnection` button per connection the identifier's domain belongs to. */
export const EnterpriseConnections = /* @__PURE__ */ forwardRef<HTMLDivElement, EnterpriseConnectionsProps>(
  function EnterpriseConnections({ connections, ...props }, ref) {
    const { step } = useFlow('EnterpriseSsoStep.Connections')
    const offered = connections ?? (step.name === 'enterprise-sso' ? step.connections : [])
    if (!offered.length) return null
    return (
      <Part as="div" partName="enterprise-connections" elementRef={ref} {...props}>
        {withContent(
          props.asChild,
          props.children,
          offered.map((connection) => <EnterpriseConnection key={connection.id} connection={connection} />),
        )}
      </Part>
    )
  },
)
