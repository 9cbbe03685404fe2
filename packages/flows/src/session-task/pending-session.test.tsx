import { useAuth, useSession } from '@clerk/react'
import { presets } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

// What the docs say about a session with a pending task (issue 17 §2.11), held to the real SDK.
const server = sandboxServerForFile()

function AuthState() {
  const { isLoaded, isSignedIn } = useAuth()
  const pendingAsSignedIn = useAuth({ treatPendingAsSignedOut: false })
  const { session } = useSession()
  if (!isLoaded) return <p>Loading</p>
  return (
    <ul>
      <li>isSignedIn {String(isSignedIn)}</li>
      <li>treatPendingAsSignedOut false: isSignedIn {String(pendingAsSignedIn.isSignedIn)}</li>
      <li>session {session?.status ?? 'none'}</li>
    </ul>
  )
}

describe('a session with a pending task', () => {
  it('is not signed in for useAuth(), though the session is there, unless pending counts as signed in', async () => {
    renderWithSandbox(
      server,
      { ...presets.mfaRequired, users: [{ emailAddress: 'ada@example.com' }] },
      <AuthState />,
      (sandbox) => sandbox.startSession('ada@example.com'),
    )
    expect(await screen.findByText('isSignedIn false')).toBeInTheDocument()
    expect(screen.getByText('session pending')).toBeInTheDocument()
    expect(screen.getByText('treatPendingAsSignedOut false: isSignedIn true')).toBeInTheDocument()
  })
})
