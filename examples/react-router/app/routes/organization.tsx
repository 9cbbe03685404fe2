import { TaskChooseOrganization } from '@flowkit/ui'
import { useFlowkitNavigate } from '../use-flowkit-navigate'

export default function OrganizationPage() {
  const navigate = useFlowkitNavigate()
  return <TaskChooseOrganization navigate={navigate} fallback={<p>Loading organizations…</p>} />
}
