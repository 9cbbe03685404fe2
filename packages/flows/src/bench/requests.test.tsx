// `pnpm bench:requests`: runs each flow through useSignInOrUp against the sandbox, prints the
// Frontend API requests made after Clerk loaded next to issue 7's budget, writes them to
// .reports/bench-requests.json, and fails when a flow needs more than its budget.
import { mkdirSync, writeFileSync } from 'node:fs'
import { presets, type Sandbox, type SandboxConfig } from '@flowkit/sandbox'
import {
  passkeyDevice,
  recordNavigations,
  renderAgain,
  renderWithSandbox,
  sandboxServerForFile,
} from '@flowkit/test-support'
import { cleanup, screen } from '@testing-library/react'
import { afterAll, describe, expect, it } from 'vitest'
import { SignInOrUpScreen, WaitlistScreen } from '../../test/flow-harness'

const server = sandboxServerForFile()
type User = ReturnType<typeof renderWithSandbox>['user']

interface Row {
  flow: string
  budget: number
  requests: number
  list: string
}
const rows: Row[] = []

async function enter(user: User, label: string, value: string) {
  await user.type(await screen.findByLabelText(label), value)
  await user.click(screen.getByRole('button', { name: 'Continue' }))
}

async function measure(
  flow: string,
  budget: number,
  config: SandboxConfig,
  drive: (sandbox: Sandbox, user: User) => Promise<void>,
) {
  const { navigate } = recordNavigations()
  const { sandbox, user } = renderWithSandbox(server, config, <SignInOrUpScreen options={{ navigate }} />)
  await drive(sandbox, user)
  await screen.findByRole('heading', { name: 'complete' })
  const list = sandbox.requests.summary({ afterLoad: true })
  rows.push({ flow, budget, requests: list.length, list: list.join(', ') })
  cleanup()
  expect(list.length).toBeLessThanOrEqual(budget)
}

/**
 * A flow that leaves the page for an identity provider and finishes on the page it comes back to:
 * the requests before leaving and after the new page load, together.
 */
async function measureAcrossRedirect(
  flow: string,
  budget: number,
  config: SandboxConfig,
  leave: (sandbox: Sandbox, user: User) => Promise<string>,
  finish: (user: User) => Promise<void> = async () => {},
) {
  const { sandbox, user } = renderWithSandbox(server, config, <SignInOrUpScreen />)
  const callbackUrl = await leave(sandbox, user)
  const before = sandbox.requests.summary({ afterLoad: true })
  const { visited, navigate } = recordNavigations()
  const { pathname, search } = new URL(callbackUrl, window.location.href)
  window.history.replaceState(null, '', pathname + search)
  renderAgain(sandbox, <SignInOrUpScreen options={{ navigate }} />)
  await finish(user)
  // Signed in: the flow sends the user on.
  await expect.poll(() => visited).toEqual(['/'])
  const list = [...before, '— back from the IdP —', ...sandbox.requests.summary({ afterLoad: true })]
  const count = list.length - 1
  rows.push({ flow, budget, requests: count, list: list.join(', ') })
  cleanup()
  window.history.replaceState(null, '', '/')
  expect(count).toBeLessThanOrEqual(budget)
}

const ada = { emailAddress: 'ada@example.com', password: 'correct-horse-battery', knownClient: true }
const acme = {
  identifiers: ['email_address' as const],
  firstFactors: ['password' as const],
  enterpriseConnections: [{ name: 'Acme Okta', domains: ['acme.com'], protocol: 'saml' as const }],
}
const invited = (url: string) => window.history.replaceState(null, '', url)
const secret = 'JBSWY3DPEHPK3PXP'

describe('Frontend API requests per flow (issue 7)', () => {
  it('password sign-in', () =>
    measure('email + password sign-in', 2, { ...presets.emailPassword, users: [ada] }, async (_, user) => {
      await enter(user, 'Identifier', ada.emailAddress)
      await enter(user, 'Password', ada.password)
    }))

  it('email code sign-in', () =>
    measure('email code sign-in', 4, { ...presets.emailCode, users: [ada] }, async (sandbox, user) => {
      await enter(user, 'Identifier', ada.emailAddress)
      await screen.findByRole('heading', { name: 'first-factor' })
      await enter(user, 'Code', sandbox.outbox.latestCode(ada.emailAddress))
    }))

  it('standard sign-up with email code', () =>
    measure('standard: new email → sign-up with email code', 5, { ...presets.emailPassword }, async (sandbox, user) => {
      await enter(user, 'Identifier', 'grace@example.com')
      await enter(user, 'Password', 'a-long-new-password')
      await screen.findByRole('heading', { name: 'verify-sign-up' })
      await enter(user, 'Code', sandbox.outbox.latestCode('grace@example.com'))
    }))

  it('signUpIfMissing sign-up with legal consent', () =>
    measure('signUpIfMissing: new email with legal consent', 6, { ...presets.emailCode }, async (sandbox, user) => {
      await enter(user, 'Identifier', 'grace@example.com')
      await screen.findByRole('heading', { name: 'first-factor' })
      await enter(user, 'Code', sandbox.outbox.latestCode('grace@example.com'))
      await user.click(await screen.findByRole('checkbox', { name: 'legalAccepted' }))
      await user.click(screen.getByRole('button', { name: 'Create account' }))
    }))

  it('password + TOTP', () =>
    measure(
      'password + TOTP',
      3,
      { ...presets.mfaRequired, users: [{ ...ada, totp: { secret } }] },
      async (sandbox, user) => {
        await enter(user, 'Identifier', ada.emailAddress)
        await enter(user, 'Password', ada.password)
        await screen.findByRole('heading', { name: 'second-factor' })
        await enter(user, 'Code', sandbox.totpCode(secret))
      },
    ))

  it('choose-organization: select a membership that arrived with the user', () =>
    measure(
      'choose-organization: email code sign-in (4) + select existing (1)',
      4 + 1,
      {
        instance: {
          ...presets.forcedOrganizations.instance,
          organizations: { enabled: true, forceSelection: true, domains: false },
        },
        organizations: [{ name: 'Acme' }],
        users: [{ emailAddress: ada.emailAddress, organizations: ['acme'] }],
      },
      async (sandbox, user) => {
        await enter(user, 'Identifier', ada.emailAddress)
        await screen.findByRole('heading', { name: 'first-factor' })
        await enter(user, 'Code', sandbox.outbox.latestCode(ada.emailAddress))
        await user.click(await screen.findByRole('button', { name: 'membership Acme' }))
      },
    ))

  it('choose-organization: create one', () =>
    measure(
      'choose-organization: email code sign-in (4) + create new (2)',
      4 + 2,
      {
        instance: {
          ...presets.forcedOrganizations.instance,
          organizations: { enabled: true, forceSelection: true, allowCreation: true, domains: false },
        },
        users: [{ emailAddress: ada.emailAddress }],
      },
      async (sandbox, user) => {
        await enter(user, 'Identifier', ada.emailAddress)
        await screen.findByRole('heading', { name: 'first-factor' })
        await enter(user, 'Code', sandbox.outbox.latestCode(ada.emailAddress))
        await user.type(await screen.findByLabelText('Organization name'), 'Acme')
        await user.click(screen.getByRole('button', { name: 'Create' }))
      },
    ))

  // Issue 15. A discoverable passkey: Clerk needs the sign-in created with strategy passkey (its
  // answer carries the WebAuthn challenge, so no prepare), the assertion's attempt, and the touch.
  it('passkey sign-in (the button)', async () => {
    const device = passkeyDevice()
    const { credentialId, publicKey } = await device.authenticator.addCredential('localhost')
    await measure(
      'passkey sign-in: create + attempt + touch',
      3,
      {
        instance: { ...presets.emailPassword.instance, clientTrust: false, passkeys: { enabled: true } },
        users: [{ ...ada, passkeys: [{ credentialId, publicKey }] }],
      },
      async (_, user) => {
        await user.click(await screen.findByRole('button', { name: 'Sign in with a passkey' }))
      },
    )
  })

  // After the password, a passkey second factor needs its challenge (prepare) and the attempt.
  it('password + passkey as the second factor', async () => {
    const device = passkeyDevice()
    const { credentialId, publicKey } = await device.authenticator.addCredential('localhost')
    await measure(
      'password + passkey second factor',
      4,
      {
        instance: {
          ...presets.emailPassword.instance,
          clientTrust: false,
          passkeys: { enabled: true, secondFactor: true },
          mfa: { strategies: ['backup_code'] },
        },
        users: [{ ...ada, backupCodes: ['abcd-1234'], passkeys: [{ credentialId, publicKey }] }],
      },
      async (_, user) => {
        await enter(user, 'Identifier', ada.emailAddress)
        await enter(user, 'Password', ada.password)
        await screen.findByRole('heading', { name: 'second-factor' })
        await user.click(screen.getByRole('button', { name: 'Use passkey' }))
      },
    )
  })

  // Clerk Protect adds exactly one request to the flow it gates: the proof's submit.
  it('password sign-in behind Clerk Protect', () =>
    measure(
      'password sign-in (2) + Protect check (1)',
      2 + 1,
      { instance: { ...presets.emailPassword.instance, clientTrust: false, protect: { signIn: true } }, users: [ada] },
      async (sandbox, user) => {
        await enter(user, 'Identifier', ada.emailAddress)
        await enter(user, 'Password', ada.password)
        await screen.findByRole('heading', { name: 'protect-check' })
        await enter(user, 'Proof', sandbox.protect.proofFor(sandbox.protect.pending?.token ?? ''))
      },
    ))

  it('standard sign-up behind Clerk Protect', () =>
    measure(
      'standard sign-up with email code (5) + Protect check (1)',
      5 + 1,
      { instance: { ...presets.emailPassword.instance, protect: { signUp: true } } },
      async (sandbox, user) => {
        await enter(user, 'Identifier', 'grace@example.com')
        await enter(user, 'Password', 'a-long-new-password')
        await screen.findByRole('heading', { name: 'protect-check' })
        await enter(user, 'Proof', sandbox.protect.proofFor(sandbox.protect.pending?.token ?? ''))
        await screen.findByRole('heading', { name: 'verify-sign-up' })
        await enter(user, 'Code', sandbox.outbox.latestCode('grace@example.com'))
      },
    ))

  // Clerk must learn which connection claims the domain (the sign-in, created with the identifier)
  // before it can name the IdP's URL (prepare with the connection): 2, then nothing on the way back
  // for an existing user, whose session the callback already holds.
  it('enterprise SSO sign-in', () =>
    measureAcrossRedirect(
      'enterprise SSO: sign-in (create, prepare → IdP → back)',
      2,
      { instance: acme, users: [{ emailAddress: 'ada@acme.com' }] },
      async (sandbox, user) => {
        await enter(user, 'Identifier', 'ada@acme.com')
        await expect.poll(() => sandbox.enterprise.pending).toBeDefined()
        return sandbox.enterprise.authorize()
      },
    ))

  // Back as a new user: the transfer to a sign-up (1), the consent the instance requires (1), touch.
  it('enterprise SSO sign-up', () =>
    measureAcrossRedirect(
      'enterprise SSO: new user with legal consent (2 → IdP → transfer, update, touch)',
      2 + 3,
      { instance: { ...acme, signUp: { legalConsent: true } } },
      async (sandbox, user) => {
        await enter(user, 'Identifier', 'grace@acme.com')
        await expect.poll(() => sandbox.enterprise.pending).toBeDefined()
        return sandbox.enterprise.authorize()
      },
      async (user) => {
        await user.click(await screen.findByRole('checkbox', { name: 'legalAccepted' }))
        await user.click(screen.getByRole('button', { name: 'Create account' }))
      },
    ))

  // The ticket vouches for the address (no code): the sign-up with the ticket, what is still
  // missing (a password here), touch.
  it('ticket sign-up', async () => {
    invited('/sign-up?__clerk_ticket=tkt_bench&__clerk_status=sign_up')
    await measure(
      'invitation: sign-up with the ticket + password',
      2 + 1,
      {
        instance: { ...presets.emailPassword.instance, clientTrust: false, signUp: { mode: 'restricted' } },
        invitations: [{ emailAddress: 'grace@example.com', ticket: 'tkt_bench' }],
      },
      async (_, user) => {
        await user.type(await screen.findByLabelText('password'), 'a-long-new-password')
        await user.click(screen.getByRole('button', { name: 'Create account' }))
      },
    )
    invited('/')
  })

  it('ticket sign-in', async () => {
    invited('/sign-in?__clerk_ticket=tkt_bench&__clerk_status=sign_in')
    await measure(
      'invitation: organization invitee signs in with the ticket',
      1 + 1,
      {
        ...presets.emailPassword,
        organizations: [{ name: 'Acme' }],
        users: [ada],
        invitations: [{ emailAddress: ada.emailAddress, ticket: 'tkt_bench', organization: 'acme' }],
      },
      async () => {},
    )
    invited('/')
  })

  it('waitlist join', async () => {
    const { sandbox, user } = renderWithSandbox(
      server,
      { instance: { signUp: { mode: 'waitlist' } } },
      <WaitlistScreen />,
    )
    await enter(user, 'Email', 'grace@example.com')
    await screen.findByRole('heading', { name: 'On the waitlist: grace@example.com' })
    const list = sandbox.requests.summary({ afterLoad: true })
    rows.push({ flow: 'waitlist: join', budget: 1, requests: list.length, list: list.join(', ') })
    cleanup()
    expect(list.length).toBeLessThanOrEqual(1)
  })

  afterAll(() => {
    const width = (key: keyof Row) => Math.max(key.length, ...rows.map((row) => String(row[key]).length))
    const line = (values: string[], keys: (keyof Row)[]) =>
      values
        .map((value, index) => value.padEnd(width(keys[index] as keyof Row)))
        .join('  ')
        .trimEnd()
    const keys: (keyof Row)[] = ['flow', 'budget', 'requests', 'list']
    console.info(
      [
        '\nFrontend API requests per flow, after Clerk loaded (sandbox.requests)',
        line(keys, keys),
        line(
          keys.map((key) => '-'.repeat(Math.min(width(key), 60))),
          keys,
        ),
        ...rows.map((row) => line([row.flow, String(row.budget), String(row.requests), row.list], keys)),
      ].join('\n'),
    )
    mkdirSync('.reports', { recursive: true })
    writeFileSync('.reports/bench-requests.json', `${JSON.stringify(rows, null, 2)}\n`)
  })
})
