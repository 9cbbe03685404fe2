import { useAuth, useClerk, useOrganization, useUser } from '@clerk/tanstack-react-start'
import { createFileRoute, useNavigate } from '@tanstack/react-router'
import { useEffect } from 'react'

export const Route = createFileRoute('/dashboard')({ component: Dashboard })

/** The protected page: signed-out (or still pending a task) visitors are sent to sign in. */
function Dashboard() {
  const { isLoaded, isSignedIn } = useAuth()
  const { user } = useUser()
  const { organization } = useOrganization()
  const clerk = useClerk()
  const navigate = useNavigate()
  useEffect(() => {
    if (isLoaded && !isSignedIn) navigate({ href: '/sign-in?redirect_url=%2Fdashboard', replace: true })
  }, [isLoaded, isSignedIn, navigate])
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
      <button type="button" onClick={() => clerk.signOut({ redirectUrl: '/' })}>
        Sign out
      </button>
    </section>
  )
}
