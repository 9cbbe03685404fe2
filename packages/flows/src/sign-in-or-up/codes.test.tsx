import { presets, type SandboxConfig } from '@flowkit/sandbox'
import { recordNavigations, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { SignInOrUpScreen } from '../../test/flow-harness'
import type { SignInOrUpFlow, SignInOrUpOptions } from './types'

const server = sandboxServerForFile()
const ada = { emailAddress: 'ada@example.com' }

function start(config: SandboxConfig, { states, ...options }: SignInOrUpOptions & { states?: SignInOrUpFlow[] } = {}) {
  const { visited, navigate } = recordNavigations()
  const rendered = renderWithSandbox(
    server,
    config,
    <SignInOrUpScreen options={{ navigate, ...options }} states={states} />,
  )
  return { ...rendered, visited }
}
type User = ReturnType<typeof start>['user']
async function submit(user: User, label: string, value: string) {
  await user.clear(screen.getByLabelText(label))
  await user.type(screen.getByLabelText(label), value)
  await user.click(screen.getByRole('button', { name: 'Continue' }))
}
const heading = (name: string) => screen.findByRole('heading', { name })

describe('email code, standard mode', () => {
  it('signs in an existing user: create + prepare in one verb, attempt, touch', async () => {
    const { sandbox, user } = start({ ...presets.emailCode, users: [ada] }, { mode: 'standard' })
    await heading('identifier')
    await submit(user, 'Identifier', ada.emailAddress)
    await heading('first-factor')
    await submit(user, 'Code', sandbox.outbox.latestCode(ada.emailAddress))
    await heading('complete')
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_first_factor',
      'POST /client/sign_ins/sia_1/attempt_first_factor',
      'POST /client/sessions/sess_1/touch',
    ])
    expect(sandbox.requests.afterLoad()[0]?.body.sign_up_if_missing).toBeUndefined()
  })

  it('signs up an unknown address (form_identifier_not_found): missing fields first, then the code', async () => {
    const { sandbox, user } = start({ ...presets.emailCode, users: [] }, { mode: 'standard' })
    await heading('identifier')
    await submit(user, 'Identifier', 'grace@example.com')
    await heading('missing-requirements')
    await user.click(screen.getByRole('checkbox', { name: 'legalAccepted' }))
    await user.click(screen.getByRole('button', { name: 'Create account' }))
    await heading('verify-sign-up')
    await submit(user, 'Code', sandbox.outbox.latestCode('grace@example.com'))
    await heading('complete')
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ups',
      'PATCH /client/sign_ups/sua_1',
      'POST /client/sign_ups/sua_1/prepare_verification',
      'POST /client/sign_ups/sua_1/attempt_verification',
      'POST /client/sessions/sess_1/touch',
    ])
    expect(sandbox.requests.afterLoad()[0]?.status).toBe(422)
  })

  it('starts again, address kept, when the sign-up was abandoned (a day without finishing it)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const { sandbox, user } = start({ ...presets.emailCode, users: [] }, { mode: 'standard' })
      await heading('identifier')
      await submit(user, 'Identifier', 'grace@example.com')
      await heading('missing-requirements')
      vi.setSystemTime(Date.now() + 25 * 60 * 60_000)
      await user.click(screen.getByRole('checkbox', { name: 'legalAccepted' }))
      await user.click(screen.getByRole('button', { name: 'Create account' }))

      await heading('identifier')
      expect(screen.getByRole('alert')).toHaveTextContent('Expired. Start again.')
      expect(screen.getByLabelText('Identifier')).toHaveValue('grace@example.com')
      await user.click(screen.getByRole('button', { name: 'Continue' }))
      await heading('missing-requirements')
      expect(sandbox.requests.summary({ afterLoad: true }).filter((line) => line === 'POST /client/sign_ups')).toEqual([
        'POST /client/sign_ups',
        'POST /client/sign_ups',
      ])
    } finally {
      vi.useRealTimers()
    }
  })

  it.each([
    ['restricted', 'sign_up_restricted'],
    ['waitlist', 'sign_up_waitlist'],
  ] as const)('says up front that sign-up is %s, and refuses one with its own code (%s)', async (mode, code) => {
    const states: SignInOrUpFlow[] = []
    const { sandbox, user } = start(
      { instance: { ...presets.emailCode.instance, signUp: { mode } }, users: [] },
      { mode: 'standard', states },
    )
    await heading('identifier')
    // Known from the environment once Clerk has loaded (the step shows before), with no request.
    await waitFor(() => expect(states.at(-1)?.signUpMode).toBe(mode))
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([])
    await submit(user, 'Identifier', 'grace@example.com')
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).not.toBe('')
    expect(states.at(-1)?.error?.code).toBe(code)
    expect(screen.getByRole('heading', { name: 'identifier' })).toBeInTheDocument()
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual(['POST /client/sign_ins', 'POST /client/sign_ups'])
  })

  it('turns an expired code into a message, and a new code signs in', async () => {
    // The sandbox's clock follows Date: eleven minutes pass for both.
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const { sandbox, user } = start({ ...presets.emailCode, users: [ada] }, { mode: 'standard' })
      await heading('identifier')
      await submit(user, 'Identifier', ada.emailAddress)
      await heading('first-factor')
      const stale = sandbox.outbox.latestCode(ada.emailAddress)
      vi.setSystemTime(Date.now() + 11 * 60_000)
      await submit(user, 'Code', stale)
      expect(await screen.findByRole('alert')).toBeInTheDocument()

      await user.click(screen.getByRole('button', { name: 'Resend' }))
      await waitFor(() => expect(sandbox.outbox.messages).toHaveLength(2))
      await submit(user, 'Code', sandbox.outbox.latestCode(ada.emailAddress))
      await heading('complete')
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('resending codes', () => {
  it('waits out the cooldown before sending again, without re-rendering the flow each second', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'))
    try {
      const { sandbox, user } = start({ ...presets.emailCode, users: [ada] })
      await heading('identifier')
      await submit(user, 'Identifier', ada.emailAddress)
      await heading('first-factor')
      await user.click(screen.getByRole('button', { name: 'Resend' }))
      vi.setSystemTime(new Date('2030-01-01T00:00:29Z'))
      await user.click(screen.getByRole('button', { name: 'Resend' }))
      expect(sandbox.outbox.messages).toHaveLength(1)

      vi.setSystemTime(new Date('2030-01-01T00:00:31Z'))
      await user.click(screen.getByRole('button', { name: 'Resend' }))
      await waitFor(() => expect(sandbox.outbox.messages).toHaveLength(2))
      expect(sandbox.requests.summary({ afterLoad: true }).slice(-1)).toEqual([
        'POST /client/sign_ins/sia_1/prepare_first_factor',
      ])
    } finally {
      vi.useRealTimers()
    }
  })

  it('shows a rate limit with when to retry, keeps the step, and a later attempt works', async () => {
    const { sandbox, user } = start({ ...presets.emailCode, users: [ada] })
    sandbox.faults.rateLimit('POST /client/sign_ins', { retryAfterSeconds: 42 })
    await heading('identifier')
    await submit(user, 'Identifier', ada.emailAddress)
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts')
    expect(screen.getByLabelText('Identifier')).toHaveValue(ada.emailAddress)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await heading('first-factor')
  })
})

describe('faults', () => {
  it.each([
    [
      'a server error',
      (route: string, sandbox: ReturnType<typeof start>['sandbox']) => sandbox.faults.serverError(route),
      'Server error. Try again.',
    ],
    [
      'a network error',
      (route: string, sandbox: ReturnType<typeof start>['sandbox']) => sandbox.faults.networkError(route),
      'You seem offline. Try again.',
    ],
  ])('shows %s on verify, keeps the typed code, and a retry signs in', async (_, inject, message) => {
    const { sandbox, user } = start({ ...presets.emailCode, users: [ada] })
    await heading('identifier')
    await submit(user, 'Identifier', ada.emailAddress)
    await heading('first-factor')
    inject('POST /client/sign_ins/:id/attempt_first_factor', sandbox)
    await submit(user, 'Code', sandbox.outbox.latestCode(ada.emailAddress))
    expect(await screen.findByRole('alert')).toHaveTextContent(message)
    expect(screen.getByLabelText('Code')).toHaveValue(sandbox.outbox.latestCode(ada.emailAddress))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await heading('complete')
  })
})

describe('phone code', () => {
  it('normalises a national number with the default calling code and signs in by SMS', async () => {
    const phone = '+442079460958'
    const { sandbox, user } = start(
      { ...presets.phoneCode, users: [{ phoneNumber: phone }] },
      { defaultCallingCode: '44', mode: 'standard' },
    )
    await heading('identifier')
    await submit(user, 'Identifier', '020 7946 0958')
    await heading('first-factor')
    expect(screen.getByText(`Sent to ${phone}`)).toBeInTheDocument()
    await submit(user, 'Code', sandbox.outbox.latestCode(phone))
    await heading('complete')
    expect(sandbox.requests.afterLoad()[0]?.body.identifier).toBe(phone)
    expect(sandbox.requests.afterLoad()[1]?.body.strategy).toBe('phone_code')
  })
})

describe('an attempt the server no longer knows', () => {
  it('goes back to the identifier step, keeping it, and a new attempt works', async () => {
    const { sandbox, user } = start({ ...presets.emailCode, users: [ada] })
    await heading('identifier')
    await submit(user, 'Identifier', ada.emailAddress)
    await heading('first-factor')
    const code = sandbox.outbox.latestCode(ada.emailAddress)
    // The sandbox forgets every sign-in (as an expired attempt would be gone).
    sandbox.reset()
    await submit(user, 'Code', code)
    expect(await screen.findByRole('alert')).toBeInTheDocument()
    await heading('identifier')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await heading('first-factor')
    await submit(user, 'Code', sandbox.outbox.latestCode(ada.emailAddress))
    await heading('complete')
  })
})
