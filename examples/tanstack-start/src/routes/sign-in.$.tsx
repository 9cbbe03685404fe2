import { SignInOrUp } from '@flowkit/ui'
import { createFileRoute } from '@tanstack/react-router'
import { useFlowkitNavigate } from '../use-flowkit-navigate'

// The splat sends /sign-in and every step under it (/sign-in/factor-one, …) to one route.
export const Route = createFileRoute('/sign-in/$')({ component: SignInPage })

function SignInPage() {
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
