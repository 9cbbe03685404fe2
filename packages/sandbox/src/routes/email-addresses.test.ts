// A signed-in user's email addresses, as clerk-js's EmailAddress resource calls them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadClerk } from '../../test/headless'
import { createSandbox, presets } from '../index'
import { setupSandboxServer } from '../node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const work = 'ada@globex.test'

async function adaSignedIn() {
  const sandbox = server.use(
    createSandbox({
      ...presets.emailPassword,
      organizations: [{ name: 'Globex', invitations: [work] }],
      users: [{ emailAddress: 'ada@example.com', password: 'correct-horse-battery' }],
    }),
  )
  sandbox.startSession('ada@example.com')
  const clerk = await loadClerk(sandbox)
  const user = clerk.user
  if (!user) throw new Error('Ada is not signed in')
  sandbox.requests.clear()
  return { sandbox, clerk, user }
}

describe('email addresses', () => {
  it('adds one, verifies it with the emailed code, makes it primary and removes the old one', async () => {
    const { sandbox, clerk, user } = await adaSignedIn()

    const added = await user.createEmailAddress({ email: work })
    await added.prepareVerification({ strategy: 'email_code' })
    expect(sandbox.outbox.latest(work)).toMatchObject({ kind: 'email_code', purpose: 'verify_identification' })
    const verified = await added.attemptVerification({ code: sandbox.outbox.latestCode(work) })
    expect(verified.verification.status).toBe('verified')
    await clerk.user?.update({ primaryEmailAddressId: added.id })
    await clerk.user?.emailAddresses.find((email) => email.emailAddress === 'ada@example.com')?.destroy()

    expect(clerk.user?.primaryEmailAddress?.emailAddress).toBe(work)
    expect(clerk.user?.emailAddresses.map((email) => email.emailAddress)).toEqual([work])
    expect(sandbox.requests.summary()).toEqual([
      'POST /me/email_addresses',
      `POST /me/email_addresses/${added.id}/prepare_verification`,
      `POST /me/email_addresses/${added.id}/attempt_verification`,
      'PATCH /me',
      'DELETE /me/email_addresses/idn_1',
    ])
  })

  it('counts an invitation to an address only once it is verified, by code or by link', async () => {
    const { sandbox, user } = await adaSignedIn()
    const added = await user.createEmailAddress({ email: work })
    expect((await user.getOrganizationInvitations()).total_count).toBe(0)

    await added.prepareVerification({ strategy: 'email_link', redirectUrl: 'http://localhost:3000/verified' })
    const landing = await sandbox.outbox.click(sandbox.outbox.latest(work))

    expect(landing).toBe('http://localhost:3000/verified?__clerk_status=verified')
    expect((await added.reload()).verification.status).toBe('verified')
    expect((await user.getOrganizationInvitations()).data[0]?.publicOrganizationData.name).toBe('Globex')
  })

  it('refuses an address that is taken or malformed, naming the field', async () => {
    const { user } = await adaSignedIn()
    const attempts: [email: string, code: string][] = [
      ['ada@example.com', 'form_identifier_exists'],
      ['not-an-address', 'form_param_format_invalid'],
    ]
    for (const [email, code] of attempts) {
      await expect(user.createEmailAddress({ email })).rejects.toMatchObject({
        errors: [expect.objectContaining({ code, meta: expect.objectContaining({ paramName: 'email_address' }) })],
      })
    }
  })
})
