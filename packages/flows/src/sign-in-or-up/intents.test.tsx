import { presets } from '@flowkit/sandbox'
import { recordNavigations, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { StrictMode } from 'react'
import { describe, expect, it } from 'vitest'
import { SignInOrUpScreen } from '../../test/flow-harness'

const server = sandboxServerForFile()
type User = ReturnType<typeof renderWithSandbox>['user']
async function enter(user: User, label: string, value: string) {
  await user.type(await screen.findByLabelText(label), value)
  await user.click(screen.getByRole('button', { name: 'Continue' }))
}

describe('intents and identifiers', () => {
  it('signs in with a username and password', async () => {
    const { sandbox, user } = renderWithSandbox(
      server,
      {
        ...presets.usernamePassword,
        users: [
          { username: 'ada_l', emailAddress: 'ada@example.com', password: 'correct-horse-battery', knownClient: true },
        ],
      },
      <SignInOrUpScreen options={{ navigate: recordNavigations().navigate }} />,
    )
    await enter(user, 'Identifier', ' ada_l ')
    await enter(user, 'Password', 'correct-horse-battery')
    await screen.findByRole('heading', { name: 'complete' })
    expect(sandbox.requests.afterLoad()[0]?.body).toMatchObject({ identifier: 'ada_l' })
  })

  it('with intent "sign-up", asks for the password first and creates the account in one request', async () => {
    const { sandbox, user } = renderWithSandbox(
      server,
      { ...presets.emailPassword },
      <SignInOrUpScreen options={{ intent: 'sign-up', navigate: recordNavigations().navigate }} />,
    )
    await enter(user, 'Identifier', 'grace@example.com')
    await enter(user, 'Password', 'a-long-new-password')
    await screen.findByRole('heading', { name: 'verify-sign-up' })
    await enter(user, 'Code', sandbox.outbox.latestCode('grace@example.com'))
    await screen.findByRole('heading', { name: 'complete' })
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ups',
      'POST /client/sign_ups/sua_1/prepare_verification',
      'POST /client/sign_ups/sua_1/attempt_verification',
      'POST /client/sessions/sess_1/touch',
    ])
  })

  it('shows an existing account on sign-up as an identifier error', async () => {
    const { user } = renderWithSandbox(
      server,
      { ...presets.emailCode, users: [{ emailAddress: 'ada@example.com' }] },
      <SignInOrUpScreen options={{ intent: 'sign-up' }} />,
    )
    await enter(user, 'Identifier', 'ada@example.com')
    // Clerk's form_identifier_exists (param email_address) lands on the identifier field.
    expect(await screen.findByRole('alert')).toHaveTextContent(/taken/i)
    expect(screen.getByRole('heading', { name: 'identifier' })).toBeInTheDocument()
  })

  it('makes no extra request under React StrictMode', async () => {
    const ada = { emailAddress: 'ada@example.com', password: 'correct-horse-battery', knownClient: true }
    const { sandbox, user } = renderWithSandbox(
      server,
      { ...presets.emailPassword, users: [ada] },
      <StrictMode>
        <SignInOrUpScreen options={{ navigate: recordNavigations().navigate }} />
      </StrictMode>,
    )
    await enter(user, 'Identifier', ada.emailAddress)
    await enter(user, 'Password', ada.password)
    await screen.findByRole('heading', { name: 'complete' })
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sessions/sess_1/touch',
    ])
  })
})
