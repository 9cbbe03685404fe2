import { useAuth } from '@clerk/tanstack-react-start'
import { createFileRoute, Link } from '@tanstack/react-router'

export const Route = createFileRoute('/')({ component: Home })

function Home() {
  const { isSignedIn } = useAuth()
  return (
    <section>
      <h1>Welcome to Acme</h1>
      <p>This page is public. The dashboard needs you to sign in.</p>
      <Link to={isSignedIn ? '/dashboard' : '/sign-in/$'}>{isSignedIn ? 'Open the dashboard' : 'Sign in'}</Link>
    </section>
  )
}
