'use client'

import { SignInOrUp } from '@flowkit/ui'
import { useNavigate } from '../../use-navigate'

// The optional catch-all sends /sign-in and every step under it (/sign-in/factor-one, …) here.
export default function SignInPage() {
  const navigate = useNavigate()
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
