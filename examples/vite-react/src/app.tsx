import { useAuth, useClerk, useOrganization, useUser } from '@clerk/react'
import { SignInOrUp, TaskChooseOrganization } from '@flowkit/ui'
import { useEffect } from 'react'
import { Link, navigate, usePathname } from './router'

export function App() {
  const path = usePathname()
  return (
    <div className="app">
      <header className="app-header">
        <Link href="/">Acme</Link>
        <nav>
          <Link href="/dashboard">Dashboard</Link>
        </nav>
      </header>
      <main className="app-main">
        {path.startsWith('/sign-in') ? (
          <SignInOrUp
            path="/sign-in"
            routing="path"
            fallbackRedirectUrl="/dashboard"
            taskUrls={{ 'choose-organization': '/organization' }}
            navigate={navigate}
          />
        ) : path === '/organization' ? (
          <TaskChooseOrganization redirectUrlComplete="/dashboard" navigate={navigate} />
        ) : path === '/dashboard' ? (
          <Dashboard />
        ) : (
          <Home />
        )}
      </main>
    </div>
  )
}

function Home() {
  const { isSignedIn } = useAuth()
  return (
    <section>
      <h1>Welcome to Acme</h1>
      <p>This page is public. The dashboard needs you to sign in.</p>
      <Link href={isSignedIn ? '/dashboard' : '/sign-in'}>{isSignedIn ? 'Open the dashboard' : 'Sign in'}</Link>
    </section>
  )
}

/** The protected page: signed-out (or still pending a task) visitors are sent to sign in. */
function Dashboard() {
  const { isLoaded, isSignedIn } = useAuth()
  const { user } = useUser()
  const { organization } = useOrganization()
  const clerk = useClerk()
  useEffect(() => {
    if (isLoaded && !isSignedIn) navigate('/sign-in?redirect_url=%2Fdashboard', { replace: true })
  }, [isLoaded, isSignedIn])
  if (!isSignedIn) return <p>Loading…</p>
  return (
    <section>
      <h1>Dashboard</h1>
      <p>
        Signed in as <strong>{user?.primaryEmailAddress?.emailAddress}</strong>
        {organization ? (
          <>
            {' '}
            in <strong>{organization.name}</strong>
          </>
        ) : null}
        .
      </p>
      <button type="button" onClick={() => clerk.signOut().then(() => navigate('/'))}>
        Sign out
      </button>
    </section>
  )
}
