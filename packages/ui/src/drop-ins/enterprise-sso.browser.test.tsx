/// <reference types="vite/client" />
// Enterprise SSO in real Chromium, through the drop-in and MSW's service worker: the email on a
// connected domain sends clerk-js to the connection's IdP (the sandbox's fake IdP URL, where the
// page cannot go), the IdP answers, and the page the browser comes back to finishes the sign-in.
import { createSandbox, SandboxProvider } from '@flowkit/sandbox'
import { setupSandboxWorker } from '@flowkit/sandbox/browser'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { SignInOrUp } from './sign-in-or-up'

const worker = setupSandboxWorker()
beforeAll(() => worker.start())
afterEach(() => worker.resetHandlers())
afterAll(() => worker.stop())

describe('enterprise SSO in Chromium', () => {
  it('goes to the IdP from the drop-in and signs in on the way back', async () => {
    const sandbox = worker.use(
      createSandbox({
        instance: {
          identifiers: ['email_address'],
          firstFactors: ['password'],
          enterpriseConnections: [{ name: 'Acme Okta', domains: ['acme.com'], protocol: 'saml' }],
        },
        users: [{ emailAddress: 'ada@acme.com', password: 'pw-ada-1234' }],
      }),
    )
    const page1 = await render(
      <SandboxProvider sandbox={sandbox}>
        <SignInOrUp routing="virtual" />
      </SandboxProvider>,
    )
    await userEvent.fill(page.getByRole('textbox', { name: 'Email address' }), 'ada@acme.com')
    await userEvent.click(page.getByRole('button', { name: 'Continue' }))
    await expect.poll(() => sandbox.navigations.length).toBe(1)
    const pending = sandbox.enterprise.pending
    expect(sandbox.navigations[0]).toBe(pending?.url)
    expect(pending?.url).toMatch(/^https:\/\/clerk\.flowkit\.localhost\/v1\/enterprise\/authorize\?connection=ent_1&/)
    // Clerk was told to come back to this very page.
    expect(pending?.callbackUrl).toBe(window.location.href)
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_first_factor',
    ])

    // The IdP vouches for Ada; the browser loads the callback page again: a new Clerk.
    expect(sandbox.enterprise.authorize({ firstName: 'Ada' })).toBe(window.location.href)
    await page1.unmount()
    const navigate = vi.fn()
    await render(
      <SandboxProvider sandbox={sandbox}>
        <SignInOrUp routing="virtual" navigate={navigate} fallbackRedirectUrl="/dashboard" />
      </SandboxProvider>,
    )
    await expect.poll(() => navigate.mock.calls).toEqual([['/dashboard', { replace: false }]])
    // Signed in by the IdP's answer: nowhere else to send the browser.
    expect(sandbox.navigations).toHaveLength(1)
  })
})
