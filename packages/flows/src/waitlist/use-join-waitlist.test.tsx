// useJoinWaitlist against the real clerk-js and the sandbox's waitlist: the address is checked and
// normalised before any request, a duplicate gets the same confirmation (Clerk answers with the
// existing entry), Clerk's refusals and outages are errors as data, and the callbacks hear them.
import { presets } from '@flowkit/sandbox'
import { renderAgain, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { WaitlistScreen } from '../../test/flow-harness'
import type { FlowError } from '../errors/types'

const server = sandboxServerForFile()
const waitlistMode = { instance: { ...presets.emailPassword.instance, signUp: { mode: 'waitlist' as const } } }

afterEach(() => window.history.replaceState(null, '', '/'))

async function join(user: ReturnType<typeof renderWithSandbox>['user'], address: string) {
  const field = await screen.findByLabelText('Email')
  await user.clear(field)
  await user.type(field, address)
  await user.click(screen.getByRole('button', { name: 'Continue' }))
}

describe('useJoinWaitlist', () => {
  it('puts a normalised address on the waitlist and confirms it, then goes on', async () => {
    const completed: string[] = []
    const { sandbox, user, visited } = renderWithSandbox(server, waitlistMode, (navigate) => (
      <WaitlistScreen
        options={{
          navigate,
          afterJoinWaitlistUrl: '/thanks',
          onComplete: ({ emailAddress }) => completed.push(emailAddress),
        }}
      />
    ))
    await join(user, '  Grace@Example.COM ')
    expect(await screen.findByRole('heading', { name: 'On the waitlist: grace@example.com' })).toBeInTheDocument()
    expect(sandbox.waitlist.entries.map((entry) => entry.emailAddress)).toEqual(['grace@example.com'])
    expect(sandbox.requests.afterLoad()).toMatchObject([
      { method: 'POST', path: '/waitlist', body: { email_address: 'grace@example.com' } },
    ])
    expect(completed).toEqual(['grace@example.com'])
    expect(visited).toEqual(['/thanks'])
  })

  it('confirms an address already on the list the same way, without adding it twice', async () => {
    const { sandbox, user } = renderWithSandbox(server, waitlistMode, <WaitlistScreen />)
    await join(user, 'grace@example.com')
    await screen.findByRole('heading', { name: 'On the waitlist: grace@example.com' })
    // Another visit, the same address: Clerk answers with the entry it has.
    renderAgain(sandbox, <WaitlistScreen />)
    await join(user, 'Grace@example.com')
    expect(await screen.findByRole('heading', { name: 'On the waitlist: grace@example.com' })).toBeInTheDocument()
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual(['POST /waitlist'])
    expect(sandbox.waitlist.entries).toHaveLength(1)
  })

  it('refuses what is not an email address before any request, on the field', async () => {
    const errors: FlowError[] = []
    const { sandbox, user } = renderWithSandbox(
      server,
      waitlistMode,
      <WaitlistScreen options={{ onError: (error) => errors.push(error) }} />,
    )
    await join(user, 'grace-at-example')
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter a valid email address.')
    expect(errors).toMatchObject([{ code: 'invalid_input', field: 'emailAddress', messageKey: 'invalid_email' }])
    expect(screen.getByRole('heading', { name: 'Join the waitlist' })).toBeInTheDocument()
    expect(sandbox.requests.afterLoad()).toEqual([])
  })

  it('shows a failure about the whole step, keeps the address, and a retry joins', async () => {
    const { sandbox, user } = renderWithSandbox(server, waitlistMode, <WaitlistScreen />, (sandbox) =>
      sandbox.faults.serverError('POST /waitlist', { times: 1 }),
    )
    await join(user, 'grace@example.com')
    expect(await screen.findByRole('alert')).toHaveTextContent('Server error. Try again.')
    // What was typed is kept; the retry goes through.
    expect(screen.getByLabelText('Email')).toHaveValue('grace@example.com')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('heading', { name: 'On the waitlist: grace@example.com' })).toBeInTheDocument()
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual(['POST /waitlist', 'POST /waitlist'])
  })

  it('prefills the address from the waitlist link’s email_address', async () => {
    window.history.replaceState(null, '', '/waitlist?email_address=grace%40example.com')
    renderWithSandbox(server, waitlistMode, <WaitlistScreen />)
    expect(await screen.findByLabelText('Email')).toHaveValue('grace@example.com')
  })
})
