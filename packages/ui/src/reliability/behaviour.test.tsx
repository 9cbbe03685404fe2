import { presets, type Sandbox } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { email, password } from '../../test/journeys'
import { SignInOrUp } from '../drop-ins/sign-in-or-up'
import { TaskChooseOrganization } from '../drop-ins/task-drop-ins'

const server = sandboxServerForFile()
const heading = (name: string) => screen.findByRole('heading', { name })
const count = (sandbox: Sandbox, line: string) =>
  sandbox.requests.summary({ afterLoad: true }).filter((request) => request === line).length
const HELD_MS = 60_000

afterEach(() => {
  vi.useRealTimers()
  window.history.replaceState(null, '', '/')
})

/** Holds answers on `route` back until the test moves the fake clock (the rest keeps real time). */
function holdBack(sandbox: Sandbox, route: string) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true })
  sandbox.faults.latency(route, HELD_MS, { times: Infinity })
}

const signInOrUp = (config: Parameters<typeof renderWithSandbox>[1]) =>
  renderWithSandbox(server, config, (navigate) => (
    <SignInOrUp routing="virtual" navigate={navigate} fallbackRedirectUrl="/done" />
  ))

describe('five quick submits send one request', () => {
  it('Enter five times on the identifier step', async () => {
    const { sandbox, user } = signInOrUp({ ...presets.emailCode, users: [{ emailAddress: email }] })
    await heading('Sign in or sign up')
    holdBack(sandbox, 'POST /client/sign_ins')
    await user.type(
      screen.getByRole('textbox', { name: 'Email address' }),
      `${email}{Enter}{Enter}{Enter}{Enter}{Enter}`,
    )
    expect(screen.getByRole('button', { name: 'Continuing…' })).toHaveAttribute('aria-busy', 'true')
    await vi.advanceTimersByTimeAsync(HELD_MS)
    await heading('Check your email')
    expect(count(sandbox, 'POST /client/sign_ins')).toBe(1)
    expect(count(sandbox, 'POST /client/sign_ins/sia_1/prepare_first_factor')).toBe(1)
  })

  it('five clicks on Continue on the password step', async () => {
    const { sandbox, user, visited } = signInOrUp({
      ...presets.emailPassword,
      users: [{ emailAddress: email, password, knownClient: true }],
    })
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), `${email}{Enter}`)
    await user.type(await screen.findByLabelText('Password'), password)
    holdBack(sandbox, 'POST /client/sign_ins')
    // The same button each time: pending, it says "Continuing…".
    const submit = screen.getByRole('button', { name: 'Continue' })
    for (let i = 0; i < 5; i++) await user.click(submit)
    await vi.advanceTimersByTimeAsync(HELD_MS)
    await waitFor(() => expect(visited).toEqual(['/done']))
    expect(count(sandbox, 'POST /client/sign_ins')).toBe(1)
  })

  it('a complete code, then four clicks on Verify', async () => {
    const { sandbox, user, visited } = signInOrUp({ ...presets.emailCode, users: [{ emailAddress: email }] })
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), `${email}{Enter}`)
    await heading('Check your email')
    holdBack(sandbox, 'POST /client/sign_ins/:id/attempt_first_factor')
    await user.type(screen.getByRole('textbox', { name: 'Verification code' }), sandbox.outbox.latestCode(email))
    const verify = screen.getByRole('button', { name: /Verify|Continuing…/ })
    for (let i = 0; i < 4; i++) await user.click(verify)
    await vi.advanceTimersByTimeAsync(HELD_MS)
    await waitFor(() => expect(visited).toEqual(['/done']))
    expect(count(sandbox, 'POST /client/sign_ins/sia_1/attempt_first_factor')).toBe(1)
  })

  it('five clicks on Create organization', async () => {
    const { sandbox, user, visited } = renderWithSandbox(
      server,
      {
        instance: {
          ...presets.forcedOrganizations.instance,
          organizations: { enabled: true, forceSelection: true, domains: false },
        },
        users: [{ emailAddress: email }],
      },
      (navigate) => <TaskChooseOrganization navigate={navigate} redirectUrlComplete="/done" />,
      (sandbox) => sandbox.startSession(email),
    )
    await user.type(await screen.findByRole('textbox', { name: 'Organization name' }), 'Initech')
    holdBack(sandbox, 'POST /organizations')
    const create = screen.getByRole('button', { name: 'Create organization' })
    for (let i = 0; i < 5; i++) await user.click(create)
    await vi.advanceTimersByTimeAsync(HELD_MS)
    await waitFor(() => expect(visited).toEqual(['/done']))
    expect(count(sandbox, 'POST /organizations')).toBe(1)
  })
})

describe('unmounting while a request is in flight', () => {
  it.each([
    ['sending the code', 'POST /client/sign_ins/:id/prepare_first_factor', false],
    ['checking the code (then activating the session)', 'POST /client/sign_ins/:id/attempt_first_factor', true],
  ])('while %s: no console error or warning, nothing thrown', async (_, route, typeCode) => {
    const { sandbox, user } = signInOrUp({ ...presets.emailCode, users: [{ emailAddress: email }] })
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), email)
    if (typeCode) {
      await user.keyboard('{Enter}')
      await heading('Check your email')
    }
    holdBack(sandbox, route)
    const error = vi.spyOn(console, 'error')
    const warn = vi.spyOn(console, 'warn')
    if (typeCode) {
      await user.type(screen.getByRole('textbox', { name: 'Verification code' }), sandbox.outbox.latestCode(email))
    } else {
      await user.keyboard('{Enter}')
    }
    await waitFor(() => expect(screen.getByRole('button', { name: 'Continuing…' })).toHaveAttribute('aria-busy'))
    const before = sandbox.requests.length
    cleanup()
    await vi.advanceTimersByTimeAsync(HELD_MS)
    // The held request is answered, and whatever the verb still does settles.
    await waitFor(() => expect(sandbox.requests.length).toBeGreaterThan(before))
    await vi.advanceTimersByTimeAsync(HELD_MS)
    expect(error).not.toHaveBeenCalled()
    expect(warn).not.toHaveBeenCalled()
  })
})

describe('rate limits', () => {
  it('count down from retry-after, then let the user try again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const { sandbox, user } = signInOrUp({ ...presets.emailCode, users: [{ emailAddress: email }] })
    sandbox.faults.rateLimit('POST /client/sign_ins', { retryAfterSeconds: 7 })
    const input = await screen.findByRole('textbox', { name: 'Email address' })
    await user.type(input, `${email}{Enter}`)
    expect(await screen.findByRole('alert')).toHaveTextContent(/Try again in 7s\.$/)
    vi.setSystemTime(Date.now() + 3_000)
    // The countdown re-renders once a second.
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/Try again in 4s\.$/), { timeout: 3_000 })
    vi.setSystemTime(Date.now() + 4_000)
    await waitFor(() => expect(screen.getByRole('alert')).not.toHaveTextContent(/Try again in/), { timeout: 3_000 })
    expect(input).toHaveValue(email)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await heading('Check your email')
  })
})

describe('expired codes and attempts lead back to a working step', () => {
  it('an expired code: a message on the code, a new code, signed in', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const { sandbox, user, visited } = signInOrUp({ ...presets.emailCode, users: [{ emailAddress: email }] })
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), `${email}{Enter}`)
    await heading('Check your email')
    const stale = sandbox.outbox.latestCode(email)
    // The sandbox's clock follows Date: eleven minutes pass for both (codes live ten).
    vi.setSystemTime(Date.now() + 11 * 60_000)
    const code = screen.getByRole('textbox', { name: 'Verification code' })
    await user.type(code, stale)
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'))
    expect(document.getElementById(code.getAttribute('aria-describedby') ?? '')).toHaveTextContent(/expired/i)
    await user.click(screen.getByRole('button', { name: 'Resend code' }))
    await waitFor(() => expect(sandbox.outbox.messages).toHaveLength(2))
    await user.clear(code)
    await user.type(code, sandbox.outbox.latestCode(email))
    await waitFor(() => expect(visited).toEqual(['/done']))
  })

  it('a sign-in the server no longer knows: back to the address, kept, and a new attempt signs in', async () => {
    const { sandbox, user, visited } = signInOrUp({ ...presets.emailCode, users: [{ emailAddress: email }] })
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), `${email}{Enter}`)
    await heading('Check your email')
    const code = sandbox.outbox.latestCode(email)
    sandbox.reset() // the server forgets the attempt, as when it has expired
    await user.type(screen.getByRole('textbox', { name: 'Verification code' }), code)
    await heading('Sign in or sign up')
    expect(screen.getByRole('alert')).not.toBeEmptyDOMElement()
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveValue(email)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await heading('Check your email')
    await user.type(screen.getByRole('textbox', { name: 'Verification code' }), sandbox.outbox.latestCode(email))
    await waitFor(() => expect(visited).toEqual(['/done']))
  })
})
