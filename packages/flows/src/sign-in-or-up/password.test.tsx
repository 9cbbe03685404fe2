import { presets, type SandboxConfig } from '@flowkit/sandbox'
import { recordNavigations, renderAgain, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SignInOrUpScreen } from '../../test/flow-harness'
import type { SignInOrUpOptions } from '../sign-in-or-up/types'

const server = sandboxServerForFile()
const ada = { emailAddress: 'ada@example.com', password: 'correct-horse-battery' }

function start(config: SandboxConfig, options: SignInOrUpOptions = {}) {
  const { visited, navigate } = recordNavigations()
  const rendered = renderWithSandbox(server, config, <SignInOrUpScreen options={{ navigate, ...options }} />)
  return { ...rendered, visited }
}

type User = ReturnType<typeof start>['user']
async function submit(user: User, label: string, value: string) {
  await user.clear(screen.getByLabelText(label))
  await user.type(screen.getByLabelText(label), value)
  await user.click(screen.getByRole('button', { name: 'Continue' }))
}
const heading = (name: string) => screen.findByRole('heading', { name })

describe('password sign-in (standard mode)', () => {
  it('goes to the password step locally, then signs in with one create and a touch', async () => {
    const { sandbox, user, visited } = start(
      { ...presets.emailPassword, users: [{ ...ada, knownClient: true }] },
      { fallbackRedirectUrl: '/dashboard' },
    )
    await heading('identifier')
    await submit(user, 'Identifier', ' Ada@Example.com ')
    await heading('password')
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([])

    await submit(user, 'Password', ada.password)
    await heading('complete')
    expect(visited).toEqual(['/dashboard'])
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sessions/sess_1/touch',
    ])
    expect(sandbox.requests.afterLoad()[0]?.body).toMatchObject({ identifier: 'ada@example.com' })
  })

  it('shows a wrong password on the password field, and a retry signs in', async () => {
    const { user } = start({ ...presets.emailPassword, users: [{ ...ada, knownClient: true }] })
    await heading('identifier')
    await submit(user, 'Identifier', ada.emailAddress)
    await heading('password')
    await submit(user, 'Password', 'wrong-password')
    expect(await screen.findByRole('alert')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'password' })).toBeInTheDocument()
    await submit(user, 'Password', ada.password)
    await heading('complete')
  })

  it('signs up a new email with the same password, verified by code: five requests', async () => {
    const { sandbox, user, visited } = start(
      { ...presets.emailPassword, users: [] },
      { fallbackRedirectUrl: '/home', signUpFallbackRedirectUrl: '/welcome' },
    )
    await heading('identifier')
    await submit(user, 'Identifier', 'grace@example.com')
    await heading('password')
    await submit(user, 'Password', 'a-long-new-password')
    await heading('verify-sign-up')
    expect(screen.getByText('Sent to grace@example.com')).toBeInTheDocument()
    await submit(user, 'Code', sandbox.outbox.latest('grace@example.com')?.code ?? '')
    await heading('complete')
    expect(visited).toEqual(['/welcome'])
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ups',
      'POST /client/sign_ups/sua_1/prepare_verification',
      'POST /client/sign_ups/sua_1/attempt_verification',
      'POST /client/sessions/sess_1/touch',
    ])
    expect(sandbox.requests.afterLoad()[1]?.body).toMatchObject({
      email_address: 'grace@example.com',
      password: 'a-long-new-password',
    })
  })

  it('does not sign up with intent "sign-in": the missing account is an error', async () => {
    const { sandbox, user } = start({ ...presets.emailPassword, users: [] }, { intent: 'sign-in' })
    await heading('identifier')
    await submit(user, 'Identifier', 'grace@example.com')
    await heading('password')
    await submit(user, 'Password', 'a-long-new-password')
    expect(await screen.findByRole('alert')).toBeInTheDocument()
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual(['POST /client/sign_ins'])
  })

  it('confirms a new device with an email code (client trust)', async () => {
    const { sandbox, user } = start({ ...presets.emailPassword, users: [ada] })
    await heading('identifier')
    await submit(user, 'Identifier', ada.emailAddress)
    await heading('password')
    await submit(user, 'Password', ada.password)
    await heading('client-trust')
    expect(screen.getByText('Sent to ada@example.com')).toBeInTheDocument()
    await submit(user, 'Code', sandbox.outbox.latest(ada.emailAddress)?.code ?? '')
    await heading('complete')
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_second_factor',
      'POST /client/sign_ins/sia_1/attempt_second_factor',
      'POST /client/sessions/sess_1/touch',
    ])
  })

  it('resets a forgotten password with an emailed code', async () => {
    const { sandbox, user } = start({ ...presets.emailPassword, users: [{ ...ada, knownClient: true }] })
    await heading('identifier')
    await submit(user, 'Identifier', ada.emailAddress)
    await heading('password')
    await user.click(screen.getByRole('button', { name: 'Forgot password' }))
    await heading('reset-password-code')
    await submit(user, 'Code', sandbox.outbox.latest(ada.emailAddress)?.code ?? '')
    await heading('new-password')
    await submit(user, 'New password', 'another-long-password')
    await heading('complete')
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_first_factor',
      'POST /client/sign_ins/sia_1/attempt_first_factor',
      'POST /client/sign_ins/sia_1/reset_password',
      'POST /client/sessions/sess_1/touch',
    ])
    expect(sandbox.requests.afterLoad()[1]?.body).toMatchObject({ strategy: 'reset_password_email_code' })
  })

  it('refuses a new password the instance would refuse before any request, at the field', async () => {
    const { sandbox, user } = start({
      instance: { ...presets.emailPassword.instance, password: { minLength: 12 } },
      users: [{ ...ada, knownClient: true }],
    })
    await heading('identifier')
    await submit(user, 'Identifier', ada.emailAddress)
    await heading('password')
    await user.click(screen.getByRole('button', { name: 'Forgot password' }))
    await heading('reset-password-code')
    await submit(user, 'Code', sandbox.outbox.latest(ada.emailAddress)?.code ?? '')
    await heading('new-password')
    sandbox.requests.clear()
    await submit(user, 'New password', 'too-short')
    expect(await screen.findByText('Password too short.')).toBeInTheDocument()
    expect(screen.getByLabelText('New password')).toHaveValue('too-short')
    expect(sandbox.requests.summary()).toEqual([])
    await submit(user, 'New password', 'long-enough-password')
    await heading('complete')
  })

  it('refuses a sign-up password the instance would refuse before creating anything', async () => {
    const { sandbox, user } = start(
      { instance: { ...presets.emailPassword.instance, password: { minLength: 12 } }, users: [] },
      { intent: 'sign-up' },
    )
    await heading('identifier')
    await submit(user, 'Identifier', 'grace@example.com')
    await heading('password')
    await submit(user, 'Password', 'too-short')
    expect(await screen.findByText('Password too short.')).toBeInTheDocument()
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([])
  })

  it('goes back and starts over keeping the identifier, with no request', async () => {
    const { sandbox, user } = start({ ...presets.emailPassword, users: [ada] })
    await heading('identifier')
    await submit(user, 'Identifier', ada.emailAddress)
    await heading('password')
    await user.click(screen.getByRole('button', { name: 'Back' }))
    await heading('identifier')
    await submit(user, 'Identifier', ada.emailAddress)
    await heading('password')
    await user.click(screen.getByRole('button', { name: 'Start over' }))
    await heading('identifier')
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([])
  })

  it('sends one request for a double-clicked submit', async () => {
    const { sandbox, user } = start({ ...presets.emailPassword, users: [{ ...ada, knownClient: true }] })
    await heading('identifier')
    await submit(user, 'Identifier', ada.emailAddress)
    await heading('password')
    await user.type(screen.getByLabelText('Password'), ada.password)
    await user.dblClick(screen.getByRole('button', { name: 'Continue' }))
    await heading('complete')
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sessions/sess_1/touch',
    ])
  })

  it('offers another method when the instance has one, and signs in by email code', async () => {
    const { sandbox, user } = start({ ...presets.emailPasswordOrCode, users: [ada] }, { mode: 'standard' })
    await heading('identifier')
    await submit(user, 'Identifier', ada.emailAddress)
    await heading('password')
    await user.click(screen.getByRole('button', { name: 'Use another method' }))
    await heading('choose-strategy')
    await user.click(screen.getByRole('button', { name: 'Use email_code' }))
    await heading('first-factor')
    await submit(user, 'Code', sandbox.outbox.latest(ada.emailAddress)?.code ?? '')
    await heading('complete')
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_first_factor',
      'POST /client/sign_ins/sia_1/attempt_first_factor',
      'POST /client/sessions/sess_1/touch',
    ])
  })

  it('sends an already signed-in user on instead of showing a form', async () => {
    const { sandbox, user } = start({ ...presets.emailPassword, users: [{ ...ada, knownClient: true }] })
    await heading('identifier')
    await submit(user, 'Identifier', ada.emailAddress)
    await heading('password')
    await submit(user, 'Password', ada.password)
    await heading('complete')

    const { visited, navigate } = recordNavigations()
    renderAgain(sandbox, <SignInOrUpScreen options={{ navigate, fallbackRedirectUrl: '/dashboard' }} />)
    await waitFor(() => expect(visited).toEqual(['/dashboard']))
    expect(screen.getByRole('heading', { name: 'loading' })).toBeInTheDocument()
    expect(screen.queryByLabelText('Identifier')).not.toBeInTheDocument()
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([])
  })
})
