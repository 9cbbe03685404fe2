/// <reference types="vite/client" />
// In real Chromium: clerk-js talks to the sandbox through MSW's service worker (no Node
// interceptors), and Clerk's own signUpIfMissing example signs a user in.
import { useAuth } from '@clerk/react'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import { setupSandboxWorker } from './browser'
import { createSandbox, presets, SandboxProvider } from './index'

type Page = () => React.ReactNode
const pages = import.meta.glob<{ default: Page }>('../fixtures/clerk-docs-pages/*-page.tsx', { eager: true })
const SignUpIfMissingPage = pages['../fixtures/clerk-docs-pages/sign-up-if-missing-page.tsx']?.default as Page

const worker = setupSandboxWorker()
beforeAll(() => worker.start())
afterEach(() => worker.resetHandlers())
afterAll(() => worker.stop())

function SessionStatus() {
  const { isLoaded, isSignedIn } = useAuth()
  return <p role="status">{!isLoaded ? 'Loading' : isSignedIn ? 'Signed in' : 'Signed out'}</p>
}

describe('the sandbox in Chromium, through the service worker', () => {
  it('signs in an existing user with the emailed code', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {})
    expect(navigator.serviceWorker.controller).not.toBeNull()
    const sandbox = worker.use(createSandbox({ ...presets.emailCode, users: [{ emailAddress: 'ada@example.com' }] }))
    await render(
      <SandboxProvider sandbox={sandbox}>
        <SignUpIfMissingPage />
        <SessionStatus />
      </SandboxProvider>,
    )
    await expect.element(page.getByRole('status')).toHaveTextContent('Signed out')

    await userEvent.fill(page.getByLabelText('Enter email address'), 'ada@example.com')
    await userEvent.click(page.getByRole('button', { name: 'Continue' }))
    await expect.element(page.getByRole('heading', { name: 'Verify your email' })).toBeVisible()
    await userEvent.fill(page.getByLabelText('Verification code'), sandbox.outbox.latestCode('ada@example.com'))
    await userEvent.click(page.getByRole('button', { name: 'Verify' }))

    await expect.element(page.getByRole('status')).toHaveTextContent('Signed in')
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_first_factor',
      'POST /client/sign_ins/sia_1/attempt_first_factor',
      'POST /client/sessions/sess_1/touch',
    ])
  })
})
