import { SignInOrUp } from '@flowkit/ui'
import { useFlowkitNavigate } from '../use-flowkit-navigate'

export default function SignInPage() {
  const navigate = useFlowkitNavigate()
  return (
    <SignInOrUp
      path="/sign-in"
      fallbackRedirectUrl="/dashboard"
      taskUrls={{ 'choose-organization': '/organization' }}
      navigate={navigate}
      fallback={<p>Loading sign-in…</p>}
    />
  )
}
