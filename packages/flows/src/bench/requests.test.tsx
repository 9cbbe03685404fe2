// `pnpm bench:requests`: runs each flow through useSignInOrUp against the sandbox, prints the
// Frontend API requests made after Clerk loaded next to issue 7's budget, writes them to
// .reports/bench-requests.json, and fails when a flow needs more than its budget.
import { mkdirSync, writeFileSync } from 'node:fs'
import { presets, type Sandbox, type SandboxConfig } from '@flowkit/sandbox'
import { cleanup, screen } from '@testing-library/react'
import { afterAll, describe, expect, it } from 'vitest'
import { recordNavigations, renderWithSandbox, SignInOrUpScreen, sandboxServerForFile } from '../test/flow-harness'

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

const ada = { emailAddress: 'ada@example.com', password: 'correct-horse-battery', knownClient: true }
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
