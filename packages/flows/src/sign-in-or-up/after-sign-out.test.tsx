import { useClerk } from '@clerk/react'
import { presets } from '@flowkit/sandbox'
import { recordNavigations, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { SignInOrUpScreen } from '../../test/flow-harness'

const server = sandboxServerForFile()

/** A single-page app: the sign-in page is mounted again after signing out, on the same Clerk. */
function App({ navigate }: { navigate: (to: string) => void }) {
  const clerk = useClerk()
  const [visit, setVisit] = useState(0)
  const signOut = async () => {
    await clerk.signOut()
    setVisit((count) => count + 1)
  }
  return (
    <>
      <SignInOrUpScreen key={visit} options={{ navigate }} />
      <button type="button" onClick={signOut}>
        Sign out
      </button>
    </>
  )
}

describe('after signing out in a single-page app', () => {
  it('starts a new sign-in afresh: the attempt that completed before does not sign anyone in', async () => {
    const { navigate } = recordNavigations()
    const { sandbox, user } = renderWithSandbox(
      server,
      { ...presets.emailCode, users: [] },
      <App navigate={navigate} />,
    )
    const enter = async (label: string, value: string) => {
      await user.type(await screen.findByLabelText(label), value)
      await user.click(screen.getByRole('button', { name: 'Continue' }))
    }
    await enter('Identifier', 'grace@example.com')
    await enter('Code', sandbox.outbox.latestCode('grace@example.com'))
    await user.click(await screen.findByRole('checkbox', { name: 'legalAccepted' }))
    await user.click(screen.getByRole('button', { name: 'Create account' }))
    await screen.findByRole('heading', { name: 'complete' })

    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    await screen.findByRole('heading', { name: 'identifier' })
    await enter('Identifier', 'grace@example.com')
    expect(await screen.findByRole('heading', { name: 'first-factor' })).toBeInTheDocument()
  })
})
