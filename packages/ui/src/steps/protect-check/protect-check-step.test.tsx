// Clerk Protect in the drop-ins against the real clerk-js and the sandbox (jsdom): the step runs the
// challenge Clerk names (the sandbox's, injected through `loadProtectScript`: jsdom cannot import an
// https module), the user answers it, and the proof goes to Clerk unchanged.
import type { ProtectScript } from '@flowkit/flows'
import { presets, type Sandbox, type SandboxConfig } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { render, screen } from '@testing-library/react'
import type userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { createFlow } from '../../../test/flow-fixture'
import { SignInOrUp } from '../../drop-ins/sign-in-or-up'
import { SignUp } from '../../drop-ins/sign-up'
import { ProtectCheckStep } from '.'

const server = sandboxServerForFile()
const ada = { emailAddress: 'ada@example.com', password: 'correct-horse-battery', knownClient: true }
const gated = (protect: { signIn?: boolean; signUp?: boolean }): SandboxConfig => ({
  instance: { ...presets.emailPassword.instance, clientTrust: false, protect },
  users: [ada],
})
const heading = (name: string) => screen.findByRole('heading', { name })

/** The sandbox's challenge SDK, as the step would import it from `sdk_url`; `urls` records what was asked for. */
function sandboxScript(sandbox: () => Sandbox) {
  const urls: string[] = []
  const load = async (url: string) => {
    urls.push(url)
    return { default: sandbox().protect.challenge }
  }
  return { urls, load }
}

/** Answers the challenge on screen as the user would: the word it asks for, or another. */
async function answer(user: ReturnType<typeof userEvent.setup>, sandbox: Sandbox, word?: string) {
  const pending = sandbox.protect.pending
  await screen.findByRole('group', { name: `Type the word ${pending?.word} to continue` })
  await user.type(screen.getByRole('textbox', { name: 'Word' }), word ?? pending?.word ?? '')
  await user.click(screen.getByRole('button', { name: 'Verify' }))
}

describe('ProtectCheckStep in the drop-in', () => {
  it('runs the challenge between the password and the session; the proof reaches Clerk unchanged', async () => {
    let current: Sandbox | undefined
    const script = sandboxScript(() => current as Sandbox)
    const { sandbox, user, visited } = renderWithSandbox(server, gated({ signIn: true }), (navigate) => (
      <SignInOrUp routing="virtual" navigate={navigate} loadProtectScript={script.load} />
    ))
    current = sandbox
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'ada@example.com{Enter}')
    await user.type(await screen.findByLabelText('Password'), `${ada.password}{Enter}`)
    await heading('Checking your browser')
    expect(await screen.findByRole('status')).toHaveTextContent('Running a quick check…')
    const token = sandbox.protect.pending?.token ?? ''
    await answer(user, sandbox)
    await expect.poll(() => visited).toEqual(['/'])
    // Only the https script Clerk named. (At sign-in the challenge's part mounts twice as Clerk's
    // sign-in settles, the first run aborted before it shows: a browser imports a URL once.)
    expect([...new Set(script.urls)]).toEqual(['https://clerk.flowkit.localhost/v1/protect/sdk.js'])
    const submitted = sandbox.requests.afterLoad().find((request) => request.path.endsWith('/protect_check'))
    // What the script resolved with when the user typed the word, exactly.
    expect(submitted?.body).toEqual({ proof_token: sandbox.protect.proofFor(token) })
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'PATCH /client/sign_ins/sia_1/protect_check',
      'POST /client/sessions/sess_1/touch',
    ])
  })

  it('says a wrong answer failed and runs the new challenge Clerk sends; the right answer goes on', async () => {
    let current: Sandbox | undefined
    const script = sandboxScript(() => current as Sandbox)
    const { sandbox, user, visited } = renderWithSandbox(server, gated({ signIn: true }), (navigate) => (
      <SignInOrUp routing="virtual" navigate={navigate} loadProtectScript={script.load} />
    ))
    current = sandbox
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'ada@example.com{Enter}')
    await user.type(await screen.findByLabelText('Password'), `${ada.password}{Enter}`)
    const first = sandbox.protect.pending?.token
    await answer(user, sandbox, 'wrong')
    expect(await screen.findByRole('alert')).toHaveTextContent('The check didn’t pass. Try again.')
    expect(sandbox.protect.pending?.token).not.toBe(first)
    await answer(user, sandbox)
    await expect.poll(() => visited).toEqual(['/'])
    // The first challenge and the new one Clerk sent after the wrong answer, each at least once.
    expect(script.urls.length).toBeGreaterThanOrEqual(2)
  })

  it('runs the check for a new account too, before its email is verified', async () => {
    let current: Sandbox | undefined
    const script = sandboxScript(() => current as Sandbox)
    const { sandbox, user, visited } = renderWithSandbox(server, gated({ signUp: true }), (navigate) => (
      <SignUp routing="virtual" navigate={navigate} loadProtectScript={script.load} />
    ))
    current = sandbox
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'grace@example.com{Enter}')
    await user.type(await screen.findByLabelText('Password'), 'a-brand-new-passw0rd{Enter}')
    await heading('Checking your browser')
    expect(sandbox.protect.pending?.flow).toBe('sign_up')
    await answer(user, sandbox, 'nope')
    expect(await screen.findByRole('alert')).toHaveTextContent('The check didn’t pass. Try again.')
    await answer(user, sandbox)
    await heading('Verify your email')
    await user.type(
      screen.getByRole('textbox', { name: 'Verification code' }),
      sandbox.outbox.latestCode('grace@example.com'),
    )
    await expect.poll(() => visited).toEqual(['/'])
  })

  it('says when the script cannot load, and Try again runs it', async () => {
    let current: Sandbox | undefined
    let fail = true
    const load = vi.fn(async () => {
      if (fail) throw new TypeError('Failed to fetch dynamically imported module')
      return { default: (current as Sandbox).protect.challenge }
    })
    const { sandbox, user, visited } = renderWithSandbox(server, gated({ signIn: true }), (navigate) => (
      <SignInOrUp routing="virtual" navigate={navigate} loadProtectScript={load} />
    ))
    current = sandbox
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'ada@example.com{Enter}')
    await user.type(await screen.findByLabelText('Password'), `${ada.password}{Enter}`)
    expect(await screen.findByRole('alert')).toHaveTextContent('The check couldn’t run. Try again.')
    fail = false
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
    await answer(user, sandbox)
    await expect.poll(() => visited).toEqual(['/'])
    // Failed at least once, then Try again loaded it once more.
    expect(load.mock.calls.length).toBeGreaterThanOrEqual(2)
  })
})

describe('ProtectCheckStep on its own', () => {
  const challenge = { token: 'pchk_1.harbor', sdkUrl: 'https://clerk.example.com/v1/protect/sdk.js', uiHints: {} }
  const flowWith = (overrides = {}) =>
    createFlow({ step: { name: 'protect-check', attempt: 'sign-in', challenge }, ...overrides })

  it('gives the script only the challenge’s token and hints, and aborts it when unmounted', async () => {
    const seen: Parameters<ProtectScript>[1][] = []
    const script: ProtectScript = (_container, init) => {
      seen.push(init)
      return new Promise<string>(() => {})
    }
    const { container, unmount } = render(
      <ProtectCheckStep flow={flowWith()} loadProtectScript={async () => ({ default: script })} />,
    )
    await expect.poll(() => seen.length).toBe(1)
    expect(Object.keys(seen[0] ?? {}).sort()).toEqual(['signal', 'token', 'uiHints'])
    expect(seen[0]?.token).toBe('pchk_1.harbor')
    expect(container.querySelector('[data-flowkit-part="root"]')).toHaveAttribute('data-pending', '')
    unmount()
    expect(seen[0]?.signal?.aborted).toBe(true)
  })

  it.each([
    'http://evil.example/x.js',
    'data:text/javascript,export default async () => "proof"',
    'blob:https://clerk.example.com/4b1f',
    'https://user:secret@clerk.example.com/v1/protect/sdk.js',
  ])('never loads a script that is not https or carries credentials: %s', async (sdkUrl) => {
    const load = vi.fn(async () => ({ default: async () => 'proof' }))
    const passProtectCheck = vi.fn(async () => {})
    const flow = flowWith({
      step: {
        name: 'protect-check',
        attempt: 'sign-in',
        challenge: { ...challenge, sdkUrl },
      },
      passProtectCheck,
    })
    render(<ProtectCheckStep flow={flow} loadProtectScript={load} />)
    expect(await screen.findByRole('alert')).toHaveTextContent('The check couldn’t run. Try again.')
    expect(load).not.toHaveBeenCalled()
    expect(passProtectCheck).not.toHaveBeenCalled()
  })

  it('hands the proof the script resolves with to the flow, unchanged', async () => {
    const passProtectCheck = vi.fn(async () => {})
    render(
      <ProtectCheckStep
        flow={flowWith({ passProtectCheck })}
        loadProtectScript={async () => ({ default: async () => 'proof:opaque/+=' })}
      />,
    )
    await expect.poll(() => passProtectCheck.mock.calls).toEqual([['proof:opaque/+=']])
  })

  it('says the check cannot run here when Clerk names no challenge', () => {
    const flow = flowWith({
      step: { name: 'protect-check', attempt: 'sign-in', challenge: null },
      error: {
        code: 'not_allowed',
        messageKey: 'protect_check',
        message: 'This browser needs a check this page can’t run. Try another browser.',
      },
    })
    render(<ProtectCheckStep flow={flow} />)
    expect(screen.getByRole('alert')).toHaveTextContent('This browser needs a check this page can’t run.')
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
  })
})
