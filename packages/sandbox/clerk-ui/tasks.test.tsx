// Clerk's own session-task screens (@clerk/ui) on a session the sandbox started with the task.
import { TaskChooseOrganization, TaskResetPassword, TaskSetupMFA } from '@clerk/react'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { presets, type SandboxConfig, type SandboxOrganization } from '../src/index'
import { enterCode, expectSession, fill, press, renderWithClerkUi } from './harness'

const organizations: SandboxOrganization[] = [
  { name: 'Acme', domains: ['acme.test'] },
  { name: 'Globex', invitations: ['ada@acme.test'] },
  { name: 'Initech' },
]

function chooseOrganization(memberships: string[]) {
  const config: SandboxConfig = {
    ...presets.forcedOrganizations,
    organizations,
    users: [{ emailAddress: 'ada@acme.test', organizations: memberships }],
  }
  return renderWithClerkUi(config, <TaskChooseOrganization redirectUrlComplete="/dashboard" />, (sandbox) =>
    sandbox.startSession('ada@acme.test'),
  )
}

describe('Clerk’s <TaskChooseOrganization/>', () => {
  it('activates an organization the user belongs to', async () => {
    const { sandbox, user } = chooseOrganization(['initech'])
    await press(user, /Initech/)
    await expectSession('Signed in as ada@acme.test')
    const touch = sandbox.requests.afterLoad().find((request) => request.path === '/client/sessions/sess_1/touch')
    expect(touch?.body).toMatchObject({ active_organization_id: 'org_3' })
  })

  it('joins by accepting an invitation, loads the organization and activates it', async () => {
    const { sandbox, user } = chooseOrganization([])
    await press(user, 'Join')
    await press(user, /Globex/)
    await expectSession('Signed in as ada@acme.test')
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual(
      expect.arrayContaining(['POST /me/organization_invitations/orginv_1/accept', 'GET /organizations/org_2']),
    )
  })

  it('lists a suggestion from the email domain (status=pending&status=accepted) and asks to join', async () => {
    const { sandbox, user } = chooseOrganization([])
    expect(await screen.findByText('Acme')).toBeInTheDocument()
    await press(user, 'Request to join')
    expect(await screen.findByText('Pending approval')).toBeInTheDocument()
    const list = sandbox.requests.all.find((request) => request.path === '/me/organization_suggestions')
    expect(list?.query.status).toEqual(['pending', 'accepted'])
    expect(sandbox.requests.summary()).toContain('POST /me/organization_suggestions/orgsug_1/accept')
  })

  it('creates an organization and activates it', async () => {
    const { sandbox, user } = chooseOrganization([])
    await press(user, 'Create new organization')
    await fill(user, 'Name', 'Hooli Labs')
    await press(user, /Continue|Create organization/)
    await expectSession('Signed in as ada@acme.test')
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual(
      expect.arrayContaining(['POST /organizations', 'POST /client/sessions/sess_1/touch']),
    )
  })
})

describe('Clerk’s <TaskSetupMFA/>', () => {
  function setUpMfa() {
    return renderWithClerkUi(
      { ...presets.mfaRequired, users: [{ emailAddress: 'ada@example.com', password: 'correct-horse-battery' }] },
      <TaskSetupMFA redirectUrlComplete="/dashboard" />,
      (sandbox) => sandbox.startSession('ada@example.com'),
    )
  }

  it('enrols an authenticator app and shows the backup codes', async () => {
    const { sandbox, user } = setUpMfa()
    await press(user, 'Authenticator application')
    await press(user, "Can't scan QR code?")
    const key = await screen.findByDisplayValue(/^[A-Z2-7]{32}$/)
    await press(user, 'Continue')
    await enterCode(user, sandbox.totpCode((key as HTMLInputElement).value))
    expect(await screen.findByText('Backup codes')).toBeInTheDocument()
    await press(user, 'Continue')
    await expectSession('Signed in as ada@example.com')
    expect(sandbox.navigations.at(-1)).toBe('/dashboard')
  })

  it('enrols a phone number for SMS codes', async () => {
    const { sandbox, user } = setUpMfa()
    const phone = '+15555550123'
    await press(user, 'SMS code')
    await fill(user, 'Phone number', '5555550123')
    await press(user, 'Continue')
    await enterCode(user, sandbox.outbox.latestCode(phone))
    expect(await screen.findByText('Backup codes')).toBeInTheDocument()
    await press(user, 'Continue')
    await expectSession('Signed in as ada@example.com')
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual(
      expect.arrayContaining(['POST /me/phone_numbers', 'PATCH /me/phone_numbers/idn_2']),
    )
  })
})

describe('Clerk’s <TaskResetPassword/>', () => {
  it('sets a new password and signs out of other devices', async () => {
    const { sandbox, user } = renderWithClerkUi(
      { ...presets.emailPassword, users: [{ emailAddress: 'ada@example.com', password: 'correct-horse-battery' }] },
      <TaskResetPassword redirectUrlComplete="/dashboard" />,
      (sandbox) => sandbox.startSession('ada@example.com', { tasks: ['reset-password'] }),
    )
    await fill(user, 'New password', 'a-brand-new-password')
    await fill(user, 'Confirm password', 'a-brand-new-password')
    await press(user, 'Reset Password')
    await expectSession('Signed in as ada@example.com')
    const change = sandbox.requests.afterLoad().find((request) => request.path === '/me/change_password')
    expect(change?.body).toMatchObject({ new_password: 'a-brand-new-password', sign_out_of_other_sessions: 'true' })
  })
})
