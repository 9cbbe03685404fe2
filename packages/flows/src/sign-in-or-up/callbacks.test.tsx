import { presets } from '@flowkit/sandbox'
import { recordNavigations, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { SignInOrUpScreen } from '../../test/flow-harness'
import type { FlowError } from '../errors/types'
import type { SignInOrUpOptions, SignInOrUpStep } from './types'

const server = sandboxServerForFile()
const ada = { emailAddress: 'ada@example.com' }

function start(config: Parameters<typeof renderWithSandbox>[1], options: SignInOrUpOptions = {}) {
  const { visited, navigate } = recordNavigations()
  const steps: string[] = []
  const errors: FlowError[] = []
  const completed: Array<{ sessionId: string; isSignUp: boolean }> = []
  const callbacks: SignInOrUpOptions = {
    onStepChange: (step: SignInOrUpStep) =>
      steps.push('strategy' in step ? `${step.name}:${step.strategy}` : step.name),
    onError: (error) => errors.push(error),
    onComplete: (result) => completed.push(result),
  }
  const rendered = renderWithSandbox(
    server,
    config,
    <SignInOrUpScreen options={{ navigate, ...callbacks, ...options }} />,
  )
  return { ...rendered, visited, steps, errors, completed }
}
type User = ReturnType<typeof start>['user']
async function submit(user: User, label: string, value: string) {
  await user.clear(screen.getByLabelText(label))
  await user.type(screen.getByLabelText(label), value)
  await user.click(screen.getByRole('button', { name: 'Continue' }))
}
const heading = (name: string) => screen.findByRole('heading', { name })

describe('callbacks', () => {
  it('tells each step once, each error with its stable code, and the session before navigating on', async () => {
    const { sandbox, user, steps, errors, completed, visited } = start(
      { ...presets.emailCode, users: [ada] },
      { mode: 'standard', fallbackRedirectUrl: '/home' },
    )
    await heading('identifier')
    await submit(user, 'Identifier', ada.emailAddress)
    await heading('first-factor')
    await submit(user, 'Code', '000000')
    expect(await screen.findByText(/incorrect/i)).toBeInTheDocument()
    await submit(user, 'Code', sandbox.outbox.latestCode(ada.emailAddress))
    await heading('complete')

    expect(steps).toEqual(['identifier', 'first-factor:email_code', 'complete'])
    expect(errors.map((error) => [error.code, error.field])).toEqual([['incorrect_code', 'code']])
    const session = sandbox.requests.afterLoad().find((request) => request.path.endsWith('/touch'))
    expect(completed).toEqual([{ sessionId: session?.path.split('/')[3], isSignUp: false }])
    expect(visited).toEqual(['/home'])
  })

  it('says a new account is a sign-up', async () => {
    const { sandbox, user, completed } = start({ ...presets.emailCode, users: [] })
    await heading('identifier')
    await submit(user, 'Identifier', 'grace@example.com')
    await heading('first-factor')
    await submit(user, 'Code', sandbox.outbox.latestCode('grace@example.com'))
    await heading('missing-requirements')
    await user.click(screen.getByRole('checkbox', { name: 'legalAccepted' }))
    await user.click(screen.getByRole('button', { name: 'Create account' }))
    await heading('complete')
    expect(completed).toMatchObject([{ isSignUp: true }])
    expect(completed[0]?.sessionId).toMatch(/^sess_/)
  })

  it('reports a rate limit as rate_limited', async () => {
    const { sandbox, user, errors } = start({ ...presets.emailCode, users: [ada] }, { mode: 'standard' })
    await heading('identifier')
    sandbox.faults.rateLimit('POST /client/sign_ins/:id/prepare_first_factor', { retryAfterSeconds: 9 })
    await submit(user, 'Identifier', ada.emailAddress)
    expect(await screen.findByRole('alert')).toBeInTheDocument()
    expect(errors.map((error) => error.code)).toEqual(['rate_limited'])
  })
})

describe('beforeCreateAccount', () => {
  it('stops between verification and the account, creating nothing until the app says so', async () => {
    const { sandbox, user, steps } = start({ ...presets.emailCode, users: [] }, { beforeCreateAccount: true })
    await heading('identifier')
    await submit(user, 'Identifier', 'grace@example.com')
    await heading('first-factor')
    await submit(user, 'Code', sandbox.outbox.latestCode('grace@example.com'))
    await heading('create-account')
    expect(screen.getByText('Your own screen here (an age check, say).')).toBeInTheDocument()
    expect(sandbox.requests.summary({ afterLoad: true })).not.toContain('POST /client/sign_ups')

    await user.click(screen.getByRole('button', { name: 'Create my account' }))
    await heading('missing-requirements')
    expect(sandbox.requests.summary({ afterLoad: true }).filter((line) => line === 'POST /client/sign_ups')).toEqual([
      'POST /client/sign_ups',
    ])
    expect(steps).toContain('create-account')
  })

  it('drops the account when the user starts over there', async () => {
    const { sandbox, user } = start({ ...presets.emailCode, users: [] }, { beforeCreateAccount: true })
    await heading('identifier')
    await submit(user, 'Identifier', 'grace@example.com')
    await heading('first-factor')
    await submit(user, 'Code', sandbox.outbox.latestCode('grace@example.com'))
    await heading('create-account')
    await user.click(screen.getByRole('button', { name: 'Start over' }))
    await heading('identifier')
    expect(screen.getByLabelText('Identifier')).toHaveValue('grace@example.com')
    expect(sandbox.requests.summary({ afterLoad: true })).not.toContain('POST /client/sign_ups')
  })

  it('lets an existing account straight through', async () => {
    const onStepChange = vi.fn()
    const { sandbox, user } = start({ ...presets.emailCode, users: [ada] }, { beforeCreateAccount: true, onStepChange })
    await heading('identifier')
    await submit(user, 'Identifier', ada.emailAddress)
    await heading('first-factor')
    await submit(user, 'Code', sandbox.outbox.latestCode(ada.emailAddress))
    await heading('complete')
    expect(onStepChange.mock.calls.map(([step]) => step.name)).not.toContain('create-account')
  })
})
