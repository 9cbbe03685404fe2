// Clerk's own <Waitlist/> (@clerk/ui) against the sandbox's waitlist.
import { Waitlist } from '@clerk/react'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { presets } from '../src/index'
import { fill, press, renderWithClerkUi } from './harness'

describe('Clerk’s <Waitlist/> against the sandbox', () => {
  it('puts an address on the waitlist', async () => {
    const { sandbox, user } = renderWithClerkUi(
      { instance: { ...presets.emailPassword.instance, signUp: { mode: 'waitlist' } } },
      <Waitlist />,
    )
    await fill(user, 'Email address', 'grace@example.com')
    await press(user, 'Join the waitlist')
    expect(await screen.findByText('Thanks for joining the waitlist!')).toBeInTheDocument()
    expect(sandbox.waitlist.entries.map((entry) => entry.emailAddress)).toEqual(['grace@example.com'])
  })
})
