import { TaskChooseOrganization } from '@flowkit/ui'
import { createFileRoute } from '@tanstack/react-router'
import { useFlowkitNavigate } from '../use-flowkit-navigate'

export const Route = createFileRoute('/organization')({ component: OrganizationPage })

function OrganizationPage() {
  const navigate = useFlowkitNavigate()
  return <TaskChooseOrganization navigate={navigate} fallback={<p>Loading organizations…</p>} />
}
