/// <reference types="vite/client" />
// In real Chromium with its virtual authenticator (CDP WebAuthn, through Vitest's cdp()): a passkey
// registered through clerk-js (navigator.credentials.create) signs the user in through the drop-in's
// "Sign in with a passkey" (navigator.credentials.get); the sandbox, answering through MSW's service
// worker, verifies the attestation and the assertion for this page's origin.
import { createSandbox, presets, type Sandbox, SandboxProvider } from '@flowkit/sandbox'
import { setupSandboxWorker } from '@flowkit/sandbox/browser'
import { plugInAuthenticator, withVirtualWebAuthn } from '@flowkit/test-support/virtual-authenticator'
import { describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { SignInOrUp } from '../../drop-ins/sign-in-or-up'

const worker = setupSandboxWorker()
withVirtualWebAuthn(worker)

/** Ada registers a passkey on this device through clerk-js while signed in, then signs out. */
async function registerPasskey(sandbox: Sandbox) {
  sandbox.startSession('ada@example.com')
  const clerk = await sandbox.createClerk()
  const stay = (to: string) => void sandbox.navigations.push(to)
  await clerk.load({ routerPush: stay, routerReplace: stay })
  expect((await clerk.user?.createPasskey())?.verification?.status).toBe('verified')
  await clerk.signOut()
  sandbox.requests.clear()
}

function dropIn(autofill: boolean) {
  const sandbox = worker.use(
    createSandbox({
      instance: { ...presets.emailPassword.instance, clientTrust: false, passkeys: { enabled: true, autofill } },
      users: [{ emailAddress: 'ada@example.com', password: 'pw-ada-1234' }],
    }),
  )
  const visited: string[] = []
  const ui = (
    <SandboxProvider sandbox={sandbox}>
      <SignInOrUp routing="virtual" navigate={(to) => void visited.push(to)} fallbackRedirectUrl="/dashboard" />
    </SandboxProvider>
  )
  return { sandbox, visited, ui }
}

describe('<SignInOrUp/> with a passkey, in Chromium', () => {
  it('signs in with “Sign in with a passkey”: create, attempt, touch', async () => {
    const { unplug } = await plugInAuthenticator()
    try {
      const { sandbox, visited, ui } = dropIn(false)
      await registerPasskey(sandbox)
      await render(ui)
      await userEvent.click(page.getByRole('button', { name: 'Sign in with a passkey' }))
      await expect.poll(() => visited).toEqual(['/dashboard'])
      expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
        'POST /client/sign_ins',
        'POST /client/sign_ins/sia_1/attempt_first_factor',
        'POST /client/sessions/sess_2/touch',
      ])
      expect(sandbox.passkeys.of('ada@example.com')[0]?.signCount).toBeGreaterThan(0)
    } finally {
      await unplug()
    }
  })

  it('with autofill, the passkey the browser offers on the email field signs in once, with no error', async () => {
    const { unplug } = await plugInAuthenticator()
    try {
      const { sandbox, visited, ui } = dropIn(true)
      await registerPasskey(sandbox)
      await render(ui)
      const email = page.getByRole('textbox', { name: 'Email address' })
      await expect.element(email).toHaveAttribute('autocomplete', 'username webauthn')
      // The virtual authenticator answers the conditional request the mount started, as a user
      // picking the suggestion does: no button, no typing.
      await expect.poll(() => visited).toEqual(['/dashboard'])
      expect(page.getByRole('alert').elements()).toHaveLength(0)
      expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
        'POST /client/sign_ins',
        'POST /client/sign_ins/sia_1/attempt_first_factor',
        'POST /client/sessions/sess_2/touch',
      ])
    } finally {
      await unplug()
    }
  })
})
