import { presets, type SandboxConfig } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { TaskSetupMFA } from '../../drop-ins/task-drop-ins'

// Issue 17 §2.7: <TaskSetupMFA/> offered only an authenticator app on an instance that enables SMS
// as a second factor, and its first screen was a title and a button with no explanation.
const server = sandboxServerForFile()
const password = 'correct-horse-battery'
const ada = { emailAddress: 'ada@example.com', password }
const number = '+15555550123'

function renderTask(config: SandboxConfig) {
  return renderWithSandbox(
    server,
    config,
    (navigate) => <TaskSetupMFA navigate={navigate} redirectUrlComplete="/app" />,
    (sandbox) => sandbox.startSession('ada@example.com'),
  )
}

describe('<TaskSetupMFA /> with SMS codes', () => {
  it('explains itself, offers both methods, and enrols a new number verified by the texted code', async () => {
    const { sandbox, user, visited } = renderTask({ ...presets.mfaRequired, users: [ada] })
    await screen.findByRole('heading', { name: 'Set up two-step verification' })
    expect(screen.getByText(/so that your password alone is not enough/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Set up authenticator app' })).toBeInTheDocument()
    sandbox.requests.clear()

    await user.click(screen.getByRole('button', { name: 'Set up text message codes' }))
    await user.type(await screen.findByRole('textbox', { name: 'Phone number' }), `${number}{Enter}`)
    const code = await screen.findByRole('textbox', { name: 'Verification code' })
    expect(screen.getByText(`We sent a code to ${number}.`)).toBeInTheDocument()
    await user.type(code, sandbox.outbox.latestCode(number))
    expect(await screen.findAllByRole('listitem')).toHaveLength(10)
    await user.click(screen.getByRole('button', { name: 'I’ve saved my backup codes' }))
    await expect.poll(() => visited).toEqual(['/app'])

    const id = sandbox.requests.all[1]?.path.split('/')[3]
    expect(sandbox.requests.summary()).toEqual([
      'POST /me/phone_numbers',
      `POST /me/phone_numbers/${id}/prepare_verification`,
      `POST /me/phone_numbers/${id}/attempt_verification`,
      `PATCH /me/phone_numbers/${id}`,
      'POST /client/sessions/sess_1/touch',
    ])
    expect(sandbox.requests.all[3]?.body).toEqual({ reserved_for_second_factor: 'true' })
  })

  it('uses a number the user has verified already, with no new code', async () => {
    const { sandbox, user, visited } = renderTask({ ...presets.mfaRequired, users: [{ ...ada, phoneNumber: number }] })
    await user.click(await screen.findByRole('button', { name: 'Set up text message codes' }))
    sandbox.requests.clear()
    await user.click(await screen.findByRole('button', { name: number }))
    await user.click(await screen.findByRole('button', { name: 'I’ve saved my backup codes' }))
    await expect.poll(() => visited).toEqual(['/app'])
    expect(sandbox.requests.summary()).toEqual([
      expect.stringMatching(/^PATCH \/me\/phone_numbers\/\w+$/),
      'POST /client/sessions/sess_1/touch',
    ])
    expect(sandbox.outbox.messages).toEqual([])
  })

  it('refuses a malformed number at its field before any request, and goes back to the choice', async () => {
    const { sandbox, user } = renderTask({ ...presets.mfaRequired, users: [ada] })
    await user.click(await screen.findByRole('button', { name: 'Set up text message codes' }))
    sandbox.requests.clear()
    const phone = await screen.findByRole('textbox', { name: 'Phone number' })
    await user.type(phone, 'not a number{Enter}')
    await expect.poll(() => phone).toHaveAccessibleDescription('Enter a valid phone number.')
    expect(sandbox.requests.summary()).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Back' }))
    expect(await screen.findByRole('button', { name: 'Set up authenticator app' })).toBeInTheDocument()
  })

  it('offers the authenticator app alone, explained, where SMS is not a second factor', async () => {
    renderTask({
      instance: { ...presets.mfaRequired.instance, mfa: { strategies: ['totp', 'backup_code'], required: true } },
      users: [ada],
    })
    await screen.findByRole('heading', { name: 'Set up two-step verification' })
    expect(screen.getByText(/so that your password alone is not enough/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Set up authenticator app' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Set up text message codes' })).toBeNull()
  })
})
