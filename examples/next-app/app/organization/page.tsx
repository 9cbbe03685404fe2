'use client'

import { TaskChooseOrganization } from '@flowkit/ui'
import { useNavigate } from '../use-navigate'

export default function OrganizationPage() {
  const navigate = useNavigate()
  return <TaskChooseOrganization navigate={navigate} fallback={<p>Loading organizations…</p>} />
}
