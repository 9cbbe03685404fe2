import { presets } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { TaskChooseOrganization, TaskResetPassword, TaskSetupMFA } from './task-drop-ins'

const server = sandboxServerForFile()
const password = 'correct-horse-battery'

describe('task drop-ins on a session with that task', () => {
  it('<TaskChooseOrganization /> selects an organization, then goes to redirectUrlComplete', async () => {
    const { sandbox, user, visited } = renderWithSandbox(
      server,
      {
        ...presets.forcedOrganizations,
        organizations: [{ name: 'Acme' }],
        users: [{ emailAddress: 'ada@example.com', organizations: ['acme'] }],
      },
      (navigate) => (
        <TaskChooseOrganization navigate={navigate} redirectUrlComplete="/app" fallback={<p>Loading…</p>} />
      ),
      (sandbox) => sandbox.startSession('ada@example.com'),
    )
    await user.click(await screen.findByRole('button', { name: 'Acme' }))
    await expect.poll(() => visited).toEqual(['/app'])
    // The instance offers invitations and domain suggestions, so both lists are fetched once.
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'GET /me/organization_invitations',
      'GET /me/organization_suggestions',
      'POST /client/sessions/sess_1/touch',
    ])
  })

  it('<TaskResetPassword /> sets the new password, then goes on', async () => {
    const { user, visited } = renderWithSandbox(
      server,
      {
        instance: { ...presets.emailPassword.instance, clientTrust: false },
        users: [{ emailAddress: 'ada@example.com', password, passwordCompromised: true }],
      },
      (navigate) => <TaskResetPassword navigate={navigate} redirectUrlComplete="/app" />,
      (sandbox) => sandbox.startSession('ada@example.com'),
    )
    await user.type(await screen.findByLabelText('New password'), 'a-much-better-passw0rd{Enter}')
    await expect.poll(() => visited).toEqual(['/app'])
  })

  it('<TaskSetupMFA /> enrols an authenticator app', async () => {
    const { sandbox, user, visited } = renderWithSandbox(
      server,
      { ...presets.mfaRequired, users: [{ emailAddress: 'ada@example.com', password }] },
      (navigate) => <TaskSetupMFA navigate={navigate} redirectUrlComplete="/app" />,
      (sandbox) => sandbox.startSession('ada@example.com'),
    )
    await user.click(await screen.findByRole('button', { name: 'Set up authenticator app' }))
    const secret = (await screen.findByText(/^[A-Z2-7]{16,}$/)).textContent ?? ''
    await user.type(screen.getByRole('textbox', { name: 'Verification code' }), sandbox.totpCode(secret))
    await user.click(await screen.findByRole('button', { name: 'I’ve saved my backup codes' }))
    await expect.poll(() => visited).toEqual(['/app'])
  })

  it('renders the fallback when the session has no such task', async () => {
    renderWithSandbox(server, presets.emailCode, () => <TaskSetupMFA fallback={<p>Nothing to do</p>} />)
    expect(await screen.findByText('Nothing to do')).toBeInTheDocument()
  })
})
