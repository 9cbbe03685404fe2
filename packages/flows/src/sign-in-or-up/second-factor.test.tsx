import { presets, type SandboxUser } from '@flowkit/sandbox'
import { recordNavigations, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SignInOrUpScreen } from '../../test/flow-harness'

const server = sandboxServerForFile()
const secret = 'JBSWY3DPEHPK3PXP'
const ada: SandboxUser = {
  emailAddress: 'ada@example.com',
  password: 'correct-horse-battery',
  phoneNumber: '+14155550100',
  totp: { secret },
  backupCodes: ['abcd-1234', 'efgh-5678'],
  mfaPhone: true,
  knownClient: true,
}

async function toSecondFactor() {
  const { navigate } = recordNavigations()
  const rendered = renderWithSandbox(
    server,
    { ...presets.mfaRequired, users: [ada] },
    <SignInOrUpScreen options={{ navigate }} />,
  )
  const { user } = rendered
  await screen.findByRole('heading', { name: 'identifier' })
  await submit(user, 'Identifier', 'ada@example.com')
  await screen.findByRole('heading', { name: 'password' })
  await submit(user, 'Password', 'correct-horse-battery')
  await screen.findByRole('heading', { name: 'second-factor' })
  return rendered
}

async function submit(user: Awaited<ReturnType<typeof toSecondFactor>>['user'], label: string, value: string) {
  await user.clear(screen.getByLabelText(label))
  await user.type(screen.getByLabelText(label), value)
  await user.click(screen.getByRole('button', { name: 'Continue' }))
}

describe('second factor', () => {
  it('signs in with password + TOTP in three requests', async () => {
    const { sandbox, user } = await toSecondFactor()
    await submit(user, 'Code', sandbox.totpCode(secret))
    await screen.findByRole('heading', { name: 'complete' })
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/attempt_second_factor',
      'POST /client/sessions/sess_1/touch',
    ])
    expect(sandbox.requests.afterLoad()[1]?.body).toMatchObject({ strategy: 'totp' })
  })

  it('shows a wrong TOTP code on the code field', async () => {
    const { sandbox, user } = await toSecondFactor()
    const right = sandbox.totpCode(secret)
    await submit(user, 'Code', right === '000000' ? '111111' : '000000')
    expect(await screen.findByRole('alert')).toBeInTheDocument()
    await submit(user, 'Code', right)
    await screen.findByRole('heading', { name: 'complete' })
  })

  it('switches to a backup code, which is not a six-digit code', async () => {
    const { sandbox, user } = await toSecondFactor()
    await user.click(screen.getByRole('button', { name: 'Use backup_code' }))
    await screen.findByRole('button', { name: 'Use totp' })
    await submit(user, 'Code', 'abcd-1234')
    await screen.findByRole('heading', { name: 'complete' })
    expect(sandbox.requests.afterLoad()[1]?.body).toMatchObject({ strategy: 'backup_code', code: 'abcd-1234' })
  })

  it('switches to an SMS code, which is sent first', async () => {
    const { sandbox, user } = await toSecondFactor()
    await user.click(screen.getByRole('button', { name: 'Use phone_code' }))
    await screen.findByText(/^Sent to \+1/)
    await submit(user, 'Code', sandbox.outbox.latestCode('+14155550100'))
    await screen.findByRole('heading', { name: 'complete' })
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_second_factor',
      'POST /client/sign_ins/sia_1/attempt_second_factor',
      'POST /client/sessions/sess_1/touch',
    ])
  })

  it('sends an email code when that is the only second factor', async () => {
    const { visited, navigate } = recordNavigations()
    const { sandbox, user } = renderWithSandbox(
      server,
      {
        instance: { ...presets.mfaRequired.instance, mfa: { strategies: ['email_code'], required: true } },
        users: [
          { emailAddress: 'ada@example.com', password: 'correct-horse-battery', mfaEmail: true, knownClient: true },
        ],
      },
      <SignInOrUpScreen options={{ navigate }} />,
    )
    await screen.findByRole('heading', { name: 'identifier' })
    await submit(user, 'Identifier', 'ada@example.com')
    await screen.findByRole('heading', { name: 'password' })
    await submit(user, 'Password', 'correct-horse-battery')
    await screen.findByRole('heading', { name: 'second-factor' })
    await submit(user, 'Code', sandbox.outbox.latestCode('ada@example.com'))
    await expect.poll(() => visited).toEqual(['/'])
    expect(sandbox.requests.afterLoad()[1]?.body).toMatchObject({ strategy: 'email_code' })
  })
})
