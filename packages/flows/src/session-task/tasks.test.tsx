import { presets } from '@flowkit/sandbox'
import { recordNavigations, renderAgain, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SessionTaskScreen, SignInOrUpScreen } from '../../test/flow-harness'

const server = sandboxServerForFile()
const password = 'correct-horse-battery'
type User = ReturnType<typeof renderWithSandbox>['user']

async function enter(user: User, label: string, value: string, button = 'Continue') {
  await user.clear(await screen.findByLabelText(label))
  await user.type(screen.getByLabelText(label), value)
  await user.click(screen.getByRole('button', { name: button }))
}

describe('reset-password task', () => {
  it('asks for a new password after signing in with a breached one, then sends the user on', async () => {
    const { visited, navigate } = recordNavigations()
    const { sandbox, user } = renderWithSandbox(
      server,
      {
        instance: { ...presets.emailPassword.instance, clientTrust: false },
        users: [{ emailAddress: 'ada@example.com', password, passwordCompromised: true }],
      },
      <SignInOrUpScreen options={{ navigate, fallbackRedirectUrl: '/home' }} />,
    )
    await enter(user, 'Identifier', 'ada@example.com')
    await enter(user, 'Password', password)
    await screen.findByRole('heading', { name: 'Task reset-password' })
    sandbox.requests.clear()

    await enter(user, 'New password', 'short')
    expect(await screen.findByRole('alert')).toHaveTextContent('Password too short.')
    await enter(user, 'New password', 'a-much-better-password')
    await expect.poll(() => visited).toEqual(['/home'])
    expect(sandbox.requests.summary()).toEqual(['POST /me/change_password', 'POST /client/sessions/sess_1/touch'])
    expect(sandbox.requests.all[0]?.body).toMatchObject({
      new_password: 'a-much-better-password',
      sign_out_of_other_sessions: 'true',
    })
  })
})

describe('setup-mfa task', () => {
  it('enrols an authenticator app, shows the backup codes once, then sends the user on', async () => {
    const { visited, navigate } = recordNavigations()
    const { sandbox, user } = renderWithSandbox(
      server,
      { ...presets.mfaRequired, users: [{ emailAddress: 'ada@example.com', password, knownClient: true }] },
      <SignInOrUpScreen options={{ navigate, fallbackRedirectUrl: '/home' }} />,
    )
    await enter(user, 'Identifier', 'ada@example.com')
    await enter(user, 'Password', password)
    await screen.findByRole('heading', { name: 'Task setup-mfa' })
    sandbox.requests.clear()

    await user.click(screen.getByRole('button', { name: 'Set up' }))
    const secret = (await screen.findByText(/^Secret /)).textContent?.replace('Secret ', '') ?? ''
    expect(secret).toMatch(/^[A-Z2-7]+$/)
    await enter(user, 'Code', '12')
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the 6-digit code.')
    await enter(user, 'Code', sandbox.totpCode(secret))
    expect(await screen.findByText(/^Backup codes /)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Done' }))
    await expect.poll(() => visited).toEqual(['/home'])
    expect(sandbox.requests.summary()).toEqual([
      'POST /me/totp',
      'POST /me/totp/attempt_verification',
      'POST /client/sessions/sess_1/touch',
    ])
  })
})

describe('useSessionTask on its own page', () => {
  it('renders the task the sign-in left pending (via taskUrls) and finishes it there', async () => {
    const first = recordNavigations()
    const { sandbox, user } = renderWithSandbox(
      server,
      {
        instance: {
          ...presets.forcedOrganizations.instance,
          organizations: { enabled: true, forceSelection: true, domains: false },
        },
        organizations: [{ name: 'Acme' }],
        users: [{ emailAddress: 'ada@example.com', organizations: ['acme'] }],
      },
      <SignInOrUpScreen options={{ navigate: first.navigate, taskUrls: { 'choose-organization': '/org' } }} />,
    )
    await enter(user, 'Identifier', 'ada@example.com')
    await enter(user, 'Code', sandbox.outbox.latestCode('ada@example.com'))
    await expect.poll(() => first.visited).toEqual(['/org'])

    const second = recordNavigations()
    renderAgain(sandbox, <SessionTaskScreen options={{ navigate: second.navigate, fallbackRedirectUrl: '/app' }} />)
    await user.click(await screen.findByRole('button', { name: 'membership Acme' }))
    await expect.poll(() => second.visited).toEqual(['/app'])
    expect(await screen.findByText('No task')).toBeInTheDocument()
  })
})

describe('a task Flowkit does not know', () => {
  it('is reported with Clerk’s key, and the user is not sent on as if signed in', async () => {
    const { visited, navigate } = recordNavigations()
    const { sandbox } = renderWithSandbox(
      server,
      { ...presets.emailCode, users: [{ emailAddress: 'ada@example.com' }] },
      null,
    )
    sandbox.startSession('ada@example.com', { tasks: ['accept-terms'] })
    renderAgain(sandbox, <SignInOrUpScreen options={{ navigate, fallbackRedirectUrl: '/home' }} />)
    expect(await screen.findByRole('heading', { name: 'Task unknown' })).toBeInTheDocument()
    expect(screen.getByText('Clerk asks for accept-terms')).toBeInTheDocument()
    expect(visited).toEqual([])
  })
})
