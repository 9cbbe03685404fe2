import { presets } from '@flowkit/sandbox'
import { recordNavigations, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import type { SetupMfaTaskController } from './types'
import { useSessionTask } from './use-session-task'

// The setup-mfa controller's SMS path (issue 17 §2.7), driven as a screen would: one control per
// verb, the stage and what the controller says shown as text.
const server = sandboxServerForFile()
const ada = { emailAddress: 'ada@example.com', password: 'correct-horse-battery' }
const number = '+15555550123'

function SetupMfaScreen({ navigate }: { navigate: (to: string) => void }) {
  const task = useSessionTask({ navigate, fallbackRedirectUrl: '/home' })
  return task?.key === 'setup-mfa' ? <Stage task={task} /> : <p>No task</p>
}

function Stage({ task }: { task: SetupMfaTaskController }) {
  const [value, setValue] = useState('')
  return (
    <section>
      <h1>{task.stage}</h1>
      <p>Methods {task.methods.join(' ')}</p>
      {task.error && <p role="alert">{task.error.message}</p>}
      {task.phoneNumber && <p>Texted {task.phoneNumber}</p>}
      {task.methods.map((method) => (
        <button key={method} type="button" onClick={() => task.start(method)}>
          Start {method}
        </button>
      ))}
      {task.phoneNumbers.map((phone) => (
        <button key={phone.id} type="button" onClick={() => task.choosePhoneNumber(phone.id)}>
          Use {phone.phoneNumber}
        </button>
      ))}
      <input aria-label="Value" value={value} onChange={(event) => setValue(event.target.value)} />
      <button type="button" onClick={() => task.addPhoneNumber(value)}>
        Add number
      </button>
      <button type="button" onClick={() => task.verify(value)}>
        Verify
      </button>
      {task.canGoBack && (
        <button type="button" onClick={task.back}>
          Back
        </button>
      )}
      {task.backupCodes && <p>{task.backupCodes.length} backup codes</p>}
      <button type="button" onClick={task.finish}>
        Finish
      </button>
    </section>
  )
}

function renderTask(users: object[]) {
  const { visited, navigate } = recordNavigations()
  const rendered = renderWithSandbox(
    server,
    { ...presets.mfaRequired, users },
    <SetupMfaScreen navigate={navigate} />,
    (sandbox) => sandbox.startSession('ada@example.com'),
  )
  return { ...rendered, visited }
}

async function enter(user: ReturnType<typeof renderTask>['user'], value: string, button: string) {
  await user.clear(screen.getByRole('textbox', { name: 'Value' }))
  await user.type(screen.getByRole('textbox', { name: 'Value' }), value)
  await user.click(screen.getByRole('button', { name: button }))
}

describe('setup-mfa by SMS', () => {
  it('offers what the instance enables, adds a number, verifies the texted code and reserves it', async () => {
    const { sandbox, user, visited } = renderTask([ada])
    expect(await screen.findByText('Methods totp phone_code')).toBeInTheDocument()
    sandbox.requests.clear()
    await user.click(screen.getByRole('button', { name: 'Start phone_code' }))
    await screen.findByRole('heading', { name: 'phone' })
    expect(sandbox.requests.summary()).toEqual([])

    await enter(user, '+1 (555) 555-0123', 'Add number')
    await screen.findByRole('heading', { name: 'verify' })
    expect(screen.getByText(`Texted ${number}`)).toBeInTheDocument()
    await enter(user, '000000', 'Verify')
    expect(await screen.findByRole('alert')).toBeInTheDocument()
    await enter(user, sandbox.outbox.latestCode(number), 'Verify')
    expect(await screen.findByText('10 backup codes')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Finish' }))
    await expect.poll(() => visited).toEqual(['/home'])
    expect(sandbox.requests.all[0]?.body).toEqual({ phone_number: number })
    expect(sandbox.requests.summary().map((line) => line.replace(/idn_\w+/, ':id'))).toEqual([
      'POST /me/phone_numbers',
      'POST /me/phone_numbers/:id/prepare_verification',
      'POST /me/phone_numbers/:id/attempt_verification',
      'POST /me/phone_numbers/:id/attempt_verification',
      'PATCH /me/phone_numbers/:id',
      'POST /client/sessions/sess_1/touch',
    ])
  })

  it('texts a number added before again instead of adding it twice, after Back', async () => {
    const { sandbox, user } = renderTask([ada])
    await user.click(await screen.findByRole('button', { name: 'Start phone_code' }))
    await enter(user, number, 'Add number')
    await screen.findByRole('heading', { name: 'verify' })
    await user.click(screen.getByRole('button', { name: 'Back' }))
    await screen.findByRole('heading', { name: 'phone' })
    sandbox.requests.clear()
    await enter(user, number, 'Add number')
    await screen.findByRole('heading', { name: 'verify' })
    expect(sandbox.requests.summary()).toEqual([
      expect.stringMatching(/^POST \/me\/phone_numbers\/\w+\/prepare_verification$/),
    ])
  })

  it('lists the verified numbers the user already has, to pick from', async () => {
    const { user } = renderTask([{ phoneNumber: number, password: ada.password, emailAddress: ada.emailAddress }])
    await user.click(await screen.findByRole('button', { name: 'Start phone_code' }))
    expect(await screen.findByRole('button', { name: `Use ${number}` })).toBeInTheDocument()
  })
})
