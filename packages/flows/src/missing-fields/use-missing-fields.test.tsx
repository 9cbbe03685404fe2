import { useSignUp } from '@clerk/react'
import { presets, type SandboxConfig } from '@flowkit/sandbox'
import { recordNavigations, renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MissingFieldsScreen } from '../../test/flow-harness'

const server = sandboxServerForFile()

const config: SandboxConfig = {
  instance: {
    ...presets.emailCode.instance,
    identifiers: ['email_address', 'username'],
    signUp: {
      legalConsent: true,
      fields: { first_name: 'required', last_name: 'required', username: 'required' },
    },
  },
  users: [{ emailAddress: 'ada@example.com', username: 'ada' }],
}

/** An app's own first step: a sign-up started elsewhere, then `useMissingFields` completes it. */
function StartedSignUp({ navigate }: { navigate: (to: string) => void }) {
  const { signUp } = useSignUp()
  return signUp.id ? (
    <MissingFieldsScreen options={{ navigate, fallbackRedirectUrl: '/welcome' }} />
  ) : (
    <button type="button" onClick={() => void signUp.create({ emailAddress: 'grace@example.com' })}>
      Start sign-up
    </button>
  )
}

describe('useMissingFields', () => {
  it('collects every missing field, checks them first, reports Clerk’s field errors, verifies the email and finishes', async () => {
    const { visited, navigate } = recordNavigations()
    const { sandbox, user } = renderWithSandbox(server, config, <StartedSignUp navigate={navigate} />)
    await user.click(await screen.findByRole('button', { name: 'Start sign-up' }))

    const firstName = await screen.findByRole('textbox', { name: 'firstName' })
    expect(screen.getByRole('textbox', { name: 'lastName' })).toHaveAttribute('autocomplete', 'family-name')
    expect(screen.getByRole('textbox', { name: 'username' })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'legalAccepted' })).not.toBeChecked()

    sandbox.requests.clear()
    await user.click(screen.getByRole('button', { name: 'Create account' }))
    expect(await screen.findAllByRole('alert')).toHaveLength(4)
    expect(sandbox.requests.summary()).toEqual([])

    await user.type(firstName, ' Grace ')
    await user.type(screen.getByRole('textbox', { name: 'lastName' }), 'Hopper')
    await user.type(screen.getByRole('textbox', { name: 'username' }), 'ada')
    await user.click(screen.getByRole('checkbox', { name: 'legalAccepted' }))
    await user.click(screen.getByRole('button', { name: 'Create account' }))
    // The username is taken: Clerk's error lands on that field only.
    expect(await screen.findAllByRole('alert')).toHaveLength(1)
    expect(sandbox.requests.afterLoad()[0]?.body).toMatchObject({
      first_name: 'Grace',
      last_name: 'Hopper',
      username: 'ada',
      legal_accepted: 'true',
    })

    await user.clear(screen.getByRole('textbox', { name: 'username' }))
    await user.type(screen.getByRole('textbox', { name: 'username' }), 'grace')
    await user.click(screen.getByRole('button', { name: 'Create account' }))
    await screen.findByRole('heading', { name: 'Verify grace@example.com' })
    await user.type(screen.getByLabelText('Code'), sandbox.outbox.latestCode('grace@example.com'))
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    await expect.poll(() => visited).toEqual(['/welcome'])
    expect(sandbox.requests.summary()).toEqual([
      'PATCH /client/sign_ups/sua_1',
      'PATCH /client/sign_ups/sua_1',
      'POST /client/sign_ups/sua_1/prepare_verification',
      'POST /client/sign_ups/sua_1/attempt_verification',
      'POST /client/sessions/sess_1/touch',
    ])
  })
})
