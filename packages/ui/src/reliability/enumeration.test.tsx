import { presets, type Sandbox, type SandboxUser } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { cleanup, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { email } from '../../test/journeys'
import { SignInOrUp } from '../drop-ins/sign-in-or-up'

const server = sandboxServerForFile()

/**
 * Plays `<SignInOrUp />` (signUpIfMissing, the default) up to a wrong code, with `fault` armed,
 * and records every screen the user saw and every request sent, up to where the code would tell.
 */
async function upToVerification(users: SandboxUser[], fault?: (sandbox: Sandbox) => unknown) {
  // The resend countdown is stamped with the time: both runs see the same frozen clock.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2030-01-01T00:00:00Z'))
  const { sandbox, user, container } = renderWithSandbox(server, { ...presets.emailCode, users }, (navigate) => (
    <SignInOrUp routing="virtual" navigate={navigate} />
  ))
  fault?.(sandbox)
  const screens: string[] = []
  const see = () => screens.push(container.innerHTML)
  const identifier = await screen.findByRole('textbox', { name: 'Email address' })
  see()
  await user.type(identifier, `${email}{Enter}`)
  if (fault) {
    await screen.findByRole('alert')
    see()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
  }
  await screen.findByRole('heading', { name: 'Check your email' })
  see()
  const code = screen.getByRole('textbox', { name: 'Verification code' })
  await user.type(code, sandbox.outbox.latestCode(email) === '000000' ? '111111' : '000000')
  await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'))
  see()
  const requests = sandbox.requests
    .afterLoad()
    .map(({ method, path, body, status }) => ({ method, path, body, status }))
  // React's useId counts across mounts: number the ids by first appearance instead
  // (React 19 writes them `_r_0_`, React 18 `:r0:`).
  const ids: string[] = []
  const numbered = screens.map((html) =>
    html.replace(/_r_\w+?_|:r\w+?:/g, (id) => `id${ids.includes(id) ? ids.indexOf(id) : ids.push(id) - 1}`),
  )
  // One Clerk per page: unmount before the next run mounts its own.
  cleanup()
  vi.useRealTimers()
  // Ids the server issued are opaque to Flowkit (the sandbox numbers an unknown address's
  // identification per attempt): compared by shape, not number.
  const opaque = JSON.parse(JSON.stringify(requests).replace(/\bidn_\d+/g, 'idn_n'))
  return { screens: numbered, requests: opaque }
}

describe('enumeration safety through <SignInOrUp /> (signUpIfMissing)', () => {
  it.each([
    ['without faults', undefined],
    [
      'with a 500 on sending the code',
      (sandbox: Sandbox) => sandbox.faults.serverError('POST /client/sign_ins/:id/prepare_first_factor'),
    ],
    [
      'with a 429 on starting the sign-in',
      (sandbox: Sandbox) => sandbox.faults.rateLimit('POST /client/sign_ins', { retryAfterSeconds: 5 }),
    ],
    [
      'with a network error on starting the sign-in',
      (sandbox: Sandbox) => sandbox.faults.networkError('POST /client/sign_ins'),
    ],
  ])(
    'an existing and an unknown address: the same DOM and the same requests until the code is verified, %s',
    async (_, fault) => {
      const existing = await upToVerification([{ emailAddress: email }], fault)
      const unknown = await upToVerification([], fault)
      expect(existing.screens.length).toBe(fault ? 4 : 3)
      expect(unknown.screens).toEqual(existing.screens)
      expect(unknown.requests).toEqual(existing.requests)
      // The wrong code is refused the same way for both: only a right code tells them apart.
      expect(existing.requests.at(-1)).toMatchObject({ method: 'POST', status: 422 })
      expect(existing.requests.at(-1)?.path).toMatch(/attempt_first_factor$/)
    },
  )
})
