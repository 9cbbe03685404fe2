import { presets } from '@flowkit/sandbox'
import { recordNavigations, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { SignInOrUpScreen } from '../../test/flow-harness'

const server = sandboxServerForFile()
const ada = { emailAddress: 'ada@example.com' }

function start(options = {}) {
  const { visited, navigate } = recordNavigations()
  const rendered = renderWithSandbox(
    server,
    { ...presets.emailCode, users: [ada] },
    <SignInOrUpScreen options={{ navigate, ...options }} />,
  )
  return { ...rendered, visited }
}

async function submit(user: ReturnType<typeof start>['user'], label: string, value: string) {
  await user.type(screen.getByLabelText(label), value)
  await user.click(screen.getByRole('button', { name: 'Continue' }))
}

describe('signUpIfMissing (the default when the instance allows it)', () => {
  it('signs in an existing user by email code: create, prepare, attempt, touch', async () => {
    const { sandbox, user, visited } = start()
    await screen.findByRole('heading', { name: 'identifier' })
    await submit(user, 'Identifier', 'ada@example.com')
    await screen.findByRole('heading', { name: 'first-factor' })
    expect(screen.getByText('Sent to ada@example.com')).toBeInTheDocument()

    await submit(user, 'Code', sandbox.outbox.latest('ada@example.com')?.code ?? '')
    await screen.findByRole('heading', { name: 'complete' })
    expect(visited).toEqual(['/'])
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_first_factor',
      'POST /client/sign_ins/sia_1/attempt_first_factor',
      'POST /client/sessions/sess_1/touch',
    ])
    expect(sandbox.requests.afterLoad()[0]?.body).toMatchObject({
      identifier: 'ada@example.com',
      sign_up_if_missing: 'true',
    })
  })

  it('signs up a new address through transfer and legal consent: six requests', async () => {
    const { sandbox, user, visited } = start({ signUpFallbackRedirectUrl: '/welcome' })
    await screen.findByRole('heading', { name: 'identifier' })
    await submit(user, 'Identifier', 'grace@example.com')
    await screen.findByRole('heading', { name: 'first-factor' })
    await submit(user, 'Code', sandbox.outbox.latest('grace@example.com')?.code ?? '')

    await screen.findByRole('heading', { name: 'missing-requirements' })
    await user.click(screen.getByRole('button', { name: 'Create account' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Accept the terms to continue.')
    await user.click(screen.getByRole('checkbox', { name: 'legalAccepted' }))
    await user.click(screen.getByRole('button', { name: 'Create account' }))

    await screen.findByRole('heading', { name: 'complete' })
    expect(visited).toEqual(['/welcome'])
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_first_factor',
      'POST /client/sign_ins/sia_1/attempt_first_factor',
      'POST /client/sign_ups',
      'PATCH /client/sign_ups/sua_1',
      'POST /client/sessions/sess_1/touch',
    ])
    expect(sandbox.requests.afterLoad()[3]?.body).toMatchObject({ transfer: 'true' })
    expect(sandbox.requests.afterLoad()[4]?.body).toMatchObject({ legal_accepted: 'true' })
  })

  it('starts again, address kept, when consent comes after the sign-up was abandoned (a day later)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const { sandbox, user, visited } = start()
      await screen.findByRole('heading', { name: 'identifier' })
      await submit(user, 'Identifier', 'grace@example.com')
      await screen.findByRole('heading', { name: 'first-factor' })
      await submit(user, 'Code', sandbox.outbox.latest('grace@example.com')?.code ?? '')
      await user.click(await screen.findByRole('checkbox', { name: 'legalAccepted' }))
      vi.setSystemTime(Date.now() + 25 * 60 * 60_000)
      await user.click(screen.getByRole('button', { name: 'Create account' }))

      await screen.findByRole('heading', { name: 'identifier' })
      expect(screen.getByRole('alert')).toHaveTextContent('Expired. Start again.')
      expect(screen.getByLabelText('Identifier')).toHaveValue('grace@example.com')
      expect(visited).toEqual([])
    } finally {
      vi.useRealTimers()
    }
  })

  it('shows a wrong code on the code field and lets the user try again', async () => {
    const { sandbox, user } = start()
    await screen.findByRole('heading', { name: 'identifier' })
    await submit(user, 'Identifier', 'ada@example.com')
    await screen.findByRole('heading', { name: 'first-factor' })
    const code = sandbox.outbox.latest('ada@example.com')?.code ?? ''
    await submit(user, 'Code', code === '000000' ? '111111' : '000000')
    expect(await screen.findByRole('alert')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'first-factor' })).toBeInTheDocument()

    await user.clear(screen.getByLabelText('Code'))
    await submit(user, 'Code', code)
    await screen.findByRole('heading', { name: 'complete' })
  })

  it('never sends a malformed code or identifier', async () => {
    const { sandbox, user } = start()
    await screen.findByRole('heading', { name: 'identifier' })
    await submit(user, 'Identifier', 'ada@')
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter a valid email address.')
    await user.clear(screen.getByLabelText('Identifier'))
    await submit(user, 'Identifier', 'ada@example.com')
    await screen.findByRole('heading', { name: 'first-factor' })
    await submit(user, 'Code', '12 34')
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the 6-digit code.')
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_first_factor',
    ])
  })
})
