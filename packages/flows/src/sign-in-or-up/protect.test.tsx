// Clerk Protect through useSignInOrUp: a gated sign-in or sign-up stops at the protect-check step
// with the challenge Clerk names; the proof its script resolves with lets the journey go on, and a
// wrong or stale one brings a new challenge, shown with why.
import { presets, type Sandbox, type SandboxConfig } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SignInOrUpScreen } from '../../test/flow-harness'

const server = sandboxServerForFile()
const ada = { emailAddress: 'ada@example.com', password: 'correct-horse-battery', knownClient: true }
const gated = (protect: { signIn?: boolean; signUp?: boolean }): SandboxConfig => ({
  instance: { ...presets.emailPassword.instance, clientTrust: false, protect },
  users: [ada],
})

type User = ReturnType<typeof renderWithSandbox>['user']

async function enter(user: User, label: string, value: string, button = 'Continue') {
  await user.clear(await screen.findByLabelText(label))
  await user.type(screen.getByLabelText(label), value)
  await user.click(screen.getByRole('button', { name: button }))
}

/** The challenge the step shows, and the sandbox's: the same token. */
async function challengeShown(sandbox: Sandbox) {
  const token = sandbox.protect.pending?.token ?? 'none pending'
  await screen.findByText(`Challenge ${token}`)
  return token
}

describe('Protect at sign-in', () => {
  it('runs the check between the password and the session: create, protect check, touch', async () => {
    const { sandbox, user } = renderWithSandbox(server, gated({ signIn: true }), (navigate) => (
      <SignInOrUpScreen options={{ navigate }} />
    ))
    await enter(user, 'Identifier', ada.emailAddress)
    await enter(user, 'Password', ada.password)
    await screen.findByRole('heading', { name: 'protect-check' })
    const token = await challengeShown(sandbox)
    await enter(user, 'Proof', sandbox.protect.proofFor(token))
    await screen.findByRole('heading', { name: 'complete' })
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'PATCH /client/sign_ins/sia_1/protect_check',
      'POST /client/sessions/sess_1/touch',
    ])
    // The proof reaches Clerk exactly as the script resolved it.
    expect(sandbox.requests.afterLoad()[1]?.body).toEqual({ proof_token: sandbox.protect.proofFor(token) })
  })

  it('shows a failed check with the new challenge Clerk sends, and takes that one', async () => {
    const { sandbox, user } = renderWithSandbox(server, gated({ signIn: true }), (navigate) => (
      <SignInOrUpScreen options={{ navigate }} />
    ))
    await enter(user, 'Identifier', ada.emailAddress)
    await enter(user, 'Password', ada.password)
    const first = await challengeShown(sandbox)
    await enter(user, 'Proof', sandbox.protect.proofFor(first, 'wrong'))
    expect(await screen.findByRole('alert')).toHaveTextContent('The check didn’t pass. Try again.')
    const second = await challengeShown(sandbox)
    expect(second).not.toBe(first)
    expect(screen.getByRole('heading', { name: 'protect-check' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Back' })).toBeInTheDocument()
    await enter(user, 'Proof', sandbox.protect.proofFor(second))
    await screen.findByRole('heading', { name: 'complete' })
  })

  it('keeps the user on the step when the challenge expired, with a new one to run', async () => {
    const { sandbox, user } = renderWithSandbox(server, gated({ signIn: true }), (navigate) => (
      <SignInOrUpScreen options={{ navigate }} />
    ))
    await enter(user, 'Identifier', ada.emailAddress)
    await enter(user, 'Password', ada.password)
    const first = await challengeShown(sandbox)
    sandbox.clock.advance(11 * 60_000)
    await enter(user, 'Proof', sandbox.protect.proofFor(first))
    expect(await screen.findByRole('alert')).toHaveTextContent('The check didn’t pass. Try again.')
    const second = await challengeShown(sandbox)
    expect(second).not.toBe(first)
    expect(screen.getByLabelText('Proof')).toBeInTheDocument()
  })
})

describe('Protect at sign-up', () => {
  it('runs the check before the account is verified (standard mode, a new email)', async () => {
    const { sandbox, user } = renderWithSandbox(server, gated({ signUp: true }), (navigate) => (
      <SignInOrUpScreen options={{ navigate, mode: 'standard' }} />
    ))
    await enter(user, 'Identifier', 'grace@example.com')
    await enter(user, 'Password', 'a-brand-new-passw0rd')
    await screen.findByRole('heading', { name: 'protect-check' })
    const first = await challengeShown(sandbox)
    expect(sandbox.protect.pending?.flow).toBe('sign_up')
    await enter(user, 'Proof', sandbox.protect.proofFor(first, 'nope'))
    expect(await screen.findByRole('alert')).toHaveTextContent('The check didn’t pass. Try again.')
    await enter(user, 'Proof', sandbox.protect.proofFor(await challengeShown(sandbox)))
    await screen.findByRole('heading', { name: 'verify-sign-up' })
    await enter(user, 'Code', sandbox.outbox.latestCode('grace@example.com'))
    await screen.findByRole('heading', { name: 'complete' })
    expect(sandbox.requests.summary({ afterLoad: true }).filter((line) => line.includes('protect_check'))).toEqual([
      'PATCH /client/sign_ups/sua_1/protect_check',
      'PATCH /client/sign_ups/sua_1/protect_check',
    ])
  })
})
