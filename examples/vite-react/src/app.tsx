import { useAuth, useClerk, useOrganization, useUser } from '@clerk/react'
import { SignInOrUp, TaskChooseOrganization } from '@flowkit/ui'
import { useEffect } from 'react'
import { Link, navigate, usePathname } from './router'

// The drop-in's logo slot, above its title: any element (an <img> works too).
const logo = (
  <svg viewBox="0 0 32 32" width="40" height="40" role="img" aria-label="Acme">
    <rect width="32" height="32" rx="8" fill="#0f766e" />
    <path d="M9 22 16 9l7 13h-4l-3-6-3 6z" fill="#fff" />
  </svg>
)

/** The app's pages, by path: every path under /sign-in is the drop-in's (its steps). */
export type PageName = 'sign-in' | 'organization' | 'dashboard' | 'home'

export function pageOf(path: string): PageName {
  if (path.startsWith('/sign-in')) return 'sign-in'
  if (path === '/organization') return 'organization'
  if (path === '/dashboard') return 'dashboard'
  return 'home'
}

export function App() {
  const page = pageOf(usePathname())
  return (
    <div className="app">
      <header className="app-header">
        <Link href="/">Acme</Link>
        <nav>
          <Link href="/dashboard">Dashboard</Link>
        </nav>
      </header>
      <main className="app-main">
        {page === 'sign-in' ? (
          <SignInOrUp
            path="/sign-in"
            routing="path"
            fallbackRedirectUrl="/dashboard"
            taskUrls={{ 'choose-organization': '/organization' }}
            navigate={navigate}
            logo={logo}
          />
        ) : page === 'organization' ? (
          <TaskChooseOrganization redirectUrlComplete="/dashboard" navigate={navigate} />
        ) : page === 'dashboard' ? (
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
