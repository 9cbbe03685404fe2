'use client'

import { useAuth } from '@clerk/nextjs'
import Link from 'next/link'

export default function Home() {
  const { isSignedIn } = useAuth()
  return (
    <section>
      <h1>Welcome to Acme</h1>
      <p>This page is public. The dashboard needs you to sign in.</p>
      <Link href={isSignedIn ? '/dashboard' : '/sign-in'}>{isSignedIn ? 'Open the dashboard' : 'Sign in'}</Link>
    </section>
  )
}
