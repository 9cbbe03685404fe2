/// <reference types="vite/client" />
// In real Chromium, a Protect challenge runs as Clerk's UI runs one: @clerk/shared's runProtectCheck
// imports the SDK from `sdk_url` (cross-origin, through MSW's service worker), renders it into a
// container, and submits the proof the user's answer produced.
import { runProtectCheck } from '@clerk/shared/internal/clerk-js/protectCheckRunner'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { setupSandboxWorker } from './browser'
import { createSandbox, presets } from './index'

const worker = setupSandboxWorker()
beforeAll(() => worker.start())
afterEach(() => {
  worker.resetHandlers()
  document.body.replaceChildren()
})
afterAll(() => worker.stop())

describe('Protect in Chromium', () => {
  it('loads the sandbox’s challenge from sdk_url, and the answer typed into it lets the sign-in go on', async () => {
    const sandbox = worker.use(
      createSandbox({
        instance: { ...presets.emailPassword.instance, clientTrust: false, protect: { signIn: true } },
        users: [{ emailAddress: 'ada@example.com', password: 'pw-ada-1234' }],
      }),
    )
    const clerk = await sandbox.createClerk()
    await clerk.load()
    const signIn = await clerk.client?.signIn.create({ identifier: 'ada@example.com', password: 'pw-ada-1234' })
    const protectCheck = signIn?.protectCheck
    if (!signIn || !protectCheck) throw new Error('the sign-in was not gated')
    expect(signIn.status).toBe('needs_protect_check')

    const container = document.body.appendChild(document.createElement('div'))
    const run = runProtectCheck(
      {
        getProtectCheck: () => clerk.client?.signIn.protectCheck,
        getResource: () => clerk.client?.signIn,
        reload: () => signIn.reload(),
        submitProtectCheck: (params) => signIn.submitProtectCheck(params),
      },
      protectCheck,
      { container, expiredReloads: { current: 0 } },
    )
    const word = sandbox.protect.pending?.word ?? ''
    await expect.element(page.getByRole('group', { name: `Type the word ${word} to continue` })).toBeVisible()
    await userEvent.fill(page.getByRole('textbox', { name: 'Word' }), word)
    await userEvent.click(page.getByRole('button', { name: 'Verify' }))

    const outcome = await run
    expect(outcome.status).toBe('resolved')
    expect(clerk.client?.signIn.status).toBe('complete')
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'PATCH /client/sign_ins/sia_1/protect_check',
    ])
  })
})
