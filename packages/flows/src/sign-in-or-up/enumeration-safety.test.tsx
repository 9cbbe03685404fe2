import { presets, type SandboxUser } from '@flowkit/sandbox'
import { recordNavigations, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { cleanup, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { SignInOrUpScreen } from '../../test/flow-harness'
import type { SignInOrUpFlow } from './types'

const server = sandboxServerForFile()
const email = 'ada@example.com'

/** Everything a screen could render from the flow (verbs left out), once per distinct state. */
function observable(states: SignInOrUpFlow[]) {
  const seen = states.map(({ missingFields, task, ...data }) =>
    JSON.stringify(data, (key, value) => (key === 'cause' ? undefined : value)),
  )
  return seen.filter((state, index) => state !== seen[index - 1])
}

/** Types the address, a wrong code, then stops right before the right code would be checked. */
async function upToVerification(users: SandboxUser[]) {
  // The resend countdown is stamped with the time; both runs see the same (frozen) clock.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2030-01-01T00:00:00Z'))
  const states: SignInOrUpFlow[] = []
  const { navigate } = recordNavigations()
  const { sandbox, user } = renderWithSandbox(
    server,
    { ...presets.emailCode, users },
    <SignInOrUpScreen options={{ navigate }} states={states} />,
  )
  await screen.findByRole('heading', { name: 'identifier' })
  await user.type(screen.getByLabelText('Identifier'), email)
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await screen.findByRole('heading', { name: 'first-factor' })
  const code = sandbox.outbox.latest(email)?.code
  await user.type(screen.getByLabelText('Code'), code === '000000' ? '111111' : '000000')
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await screen.findByRole('alert')
  const requests = sandbox.requests
    .afterLoad()
    .map(({ method, path, body, status }) => ({ method, path, body, status }))
  const dom = screen.getByRole('main').innerHTML
  // One Clerk per page: unmount before the next run mounts its own.
  cleanup()
  vi.useRealTimers()
  return { states: observable(states), requests, dom }
}

describe('enumeration safety (signUpIfMissing)', () => {
  it('makes the same requests and shows the same states for an existing and an unknown address until the code is verified', async () => {
    const existing = await upToVerification([{ emailAddress: email }])
    const unknown = await upToVerification([])

    expect(existing.requests.map((request) => `${request.method} ${request.path} ${request.status}`)).toEqual([
      'POST /client/sign_ins 200',
      'POST /client/sign_ins/sia_1/prepare_first_factor 200',
      'POST /client/sign_ins/sia_1/attempt_first_factor 422',
    ])
    expect(unknown.requests).toEqual(existing.requests)
    expect(unknown.states).toEqual(existing.states)
    expect(unknown.dom).toEqual(existing.dom)
    expect(existing.states.length).toBeGreaterThan(3)
  })
})
