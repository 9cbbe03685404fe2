'use client'

import { useAuth, useClerk, useOrganization, useUser } from '@clerk/nextjs'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/** The protected page: signed-out (or still pending a task) visitors are sent to sign in. */
export default function Dashboard() {
  const { isLoaded, isSignedIn } = useAuth()
  const { user } = useUser()
  const { organization } = useOrganization()
  const clerk = useClerk()
  const router = useRouter()
  useEffect(() => {
    if (isLoaded && !isSignedIn) router.replace('/sign-in?redirect_url=%2Fdashboard')
  }, [isLoaded, isSignedIn, router])
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
