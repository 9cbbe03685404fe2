/// <reference types="vite/client" />
// In real Chromium, with no `loadProtectScript`: the drop-in's protect-check step imports the
// challenge module Clerk names (`sdk_url`, the sandbox's https SDK, cross-origin through MSW's
// service worker) with the default dynamic `import()`, the user answers it, and the proof goes to
// Clerk unchanged.
import { createSandbox, presets, SandboxProvider } from '@flowkit/sandbox'
import { setupSandboxWorker } from '@flowkit/sandbox/browser'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { SignInOrUp } from '../../drop-ins/sign-in-or-up'

const worker = setupSandboxWorker()
beforeAll(() => worker.start())
afterEach(() => worker.resetHandlers())
afterAll(() => worker.stop())

describe('<SignInOrUp/> with Clerk Protect, in Chromium', () => {
  it('imports the challenge from sdk_url, and the answer typed into it lets the sign-in finish', async () => {
    const sandbox = worker.use(
      createSandbox({
        instance: { ...presets.emailPassword.instance, clientTrust: false, protect: { signIn: true } },
        users: [{ emailAddress: 'ada@example.com', password: 'pw-ada-1234', knownClient: true }],
      }),
    )
    const visited: string[] = []
    await render(
      <SandboxProvider sandbox={sandbox}>
        <SignInOrUp routing="virtual" navigate={(to) => void visited.push(to)} fallbackRedirectUrl="/dashboard" />
      </SandboxProvider>,
    )
    await userEvent.fill(page.getByRole('textbox', { name: 'Email address' }), 'ada@example.com')
    await userEvent.keyboard('{Enter}')
    await userEvent.fill(page.getByLabelText('Password'), 'pw-ada-1234')
    await userEvent.keyboard('{Enter}')
    await expect.element(page.getByRole('heading', { name: 'Checking your browser' })).toBeVisible()

    // The group is the sandbox SDK's own markup: only a real import of sdk_url can render it.
    await expect.poll(() => sandbox.protect.pending?.word).toBeTruthy()
    const { token, word } = sandbox.protect.pending ?? { token: '', word: '' }
    await expect.element(page.getByRole('group', { name: `Type the word ${word} to continue` })).toBeVisible()
    await userEvent.fill(page.getByRole('textbox', { name: 'Word' }), word)
    await userEvent.click(page.getByRole('button', { name: 'Verify' }))

    await expect.poll(() => visited).toEqual(['/dashboard'])
    const submitted = sandbox.requests.afterLoad().find((request) => request.path.endsWith('/protect_check'))
    expect(submitted?.body).toEqual({ proof_token: sandbox.protect.proofFor(token) })
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'PATCH /client/sign_ins/sia_1/protect_check',
      'POST /client/sessions/sess_1/touch',
    ])
  })
})
