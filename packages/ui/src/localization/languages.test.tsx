import { arSA, deDE, frFR, jaJP } from '@clerk/localizations'
import type { ClerkLocalization } from '@flowkit/flows'
import { createSandbox, presets, SandboxProvider } from '@flowkit/sandbox'
import { recordNavigations, sandboxServerForFile } from '@flowkit/test-support'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { englishLeftovers } from '../../test/english-leftovers'
import { SignInButton } from '../drop-ins/modal'
import { SignInOrUp } from '../drop-ins/sign-in-or-up'
import { TaskChooseOrganization } from '../drop-ins/task-drop-ins'
import { fromClerk } from './from-clerk'

// Issue 17 §1's acceptance: an app that gives ClerkProvider a @clerk/localizations resource gets
// its drop-ins in that language, errors included, with no English from Flowkit's table on any
// screen, and right to left for Arabic. Each journey signs in: a wrong password, another method, a
// wrong email code, the right one.
const server = sandboxServerForFile()
const email = 'ada@example.com'
const password = 'correct-horse-battery'

const languages: Array<[string, ClerkLocalization, 'ltr' | 'rtl']> = [
  ['French', frFR, 'ltr'],
  ['German', deDE, 'ltr'],
  ['Japanese', jaJP, 'ltr'],
  ['Arabic', arSA, 'rtl'],
]

const appsOwn = {
  editIdentifier: '✎',
  editIdentifierLabel: '✎ {identifier}',
  rule_password_too_short: '≥ {value}',
  rule_password_too_long: '≤ {value}',
  ruleMet: '✓ {rule}',
  ruleNotMet: '○ {rule}',
}

describe.each(languages)('a %s journey', (_, resource, dir) => {
  it('signs in with no English string on any screen', async () => {
    const sandbox = server.use(
      createSandbox({ ...presets.emailPassword, users: [{ emailAddress: email, password, knownClient: true }] }),
    )
    const { visited, navigate } = recordNavigations()
    render(
      <SandboxProvider sandbox={sandbox} localization={resource}>
        {/* "Edit" and the password hint's lines have no text in these locales (clerk-keys.ts says why): the app supplies them. */}
        <SignInOrUp routing="virtual" navigate={navigate} localization={appsOwn} />
      </SandboxProvider>,
    )
    const user = userEvent.setup()
    // What the user should see: the same mapping the drop-in applies, looked up here by key.
    const t = fromClerk(resource)
    const errors = t.errors ?? {}
    const noEnglish = () => expect(englishLeftovers()).toEqual([])

    const emailField = await screen.findByRole('textbox', { name: t.email_address })
    const dropIn = emailField.closest('[data-flowkit-part="drop-in"]')
    expect(dropIn).toHaveAttribute('lang', resource.locale)
    expect(dropIn).toHaveAttribute('dir', dir)
    noEnglish()

    await user.type(emailField, `${email}{Enter}`)
    const passwordField = await screen.findByLabelText(t.password as string)
    noEnglish()
    await user.type(passwordField, 'not-the-password{Enter}')
    // Clerk's text for a wrong password in this language, or its "An error occurred".
    await expect
      .poll(() => passwordField)
      .toHaveAccessibleDescription(errors.form_password_incorrect ?? errors.incorrect_password)
    noEnglish()

    await user.click(screen.getByRole('button', { name: t.forgotPassword }))
    expect(await screen.findByRole('heading', { name: t.resetTitle })).toBeVisible()
    const code = screen.getByRole('textbox', { name: t.code })
    noEnglish()
    const right = sandbox.outbox.latestCode(email)
    await user.type(code, right === '000000' ? '111111' : '000000')
    await expect.poll(() => code).toHaveAccessibleDescription(errors.form_code_incorrect ?? errors.incorrect_code)
    noEnglish()
    await user.clear(code)
    await user.type(code, right)

    const newPassword = await screen.findByLabelText(t.newPassword as string)
    noEnglish()
    // Too short for the instance's 8 characters: Clerk's sentence with the length filled in.
    await user.type(newPassword, 'short{Enter}')
    await expect
      .poll(() => newPassword)
      // The live password hint is read with the field too, before the error.
      .toHaveAccessibleDescription(
        expect.stringContaining((errors.password_too_short as string).replace('{length}', '8')),
      )
    noEnglish()
    await user.clear(newPassword)
    await user.type(newPassword, 'a-much-better-passw0rd{Enter}')
    await expect.poll(() => visited).toEqual(['/'])
    noEnglish()
  })
})

describe('ClerkProvider’s localization', () => {
  it('yields per key to the drop-in’s own localization prop', async () => {
    const sandbox = server.use(createSandbox({ ...presets.emailCode }))
    render(
      <SandboxProvider sandbox={sandbox} localization={frFR}>
        <SignInOrUp routing="virtual" localization={{ continue: 'Suivant' }} />
      </SandboxProvider>,
    )
    expect(await screen.findByRole('button', { name: 'Suivant' })).toBeVisible()
    // The rest stays Clerk's French.
    expect(screen.getByRole('textbox', { name: frFR.formFieldLabel__emailAddress })).toBeVisible()
  })

  it('leaves the drop-in in Flowkit’s English, without lang or dir, when there is none', async () => {
    const sandbox = server.use(createSandbox({ ...presets.emailCode }))
    render(
      <SandboxProvider sandbox={sandbox}>
        <SignInOrUp routing="virtual" />
      </SandboxProvider>,
    )
    const field = await screen.findByRole('textbox', { name: 'Email address' })
    expect(field.closest('[data-flowkit-part="drop-in"]')).not.toHaveAttribute('dir')
    expect(englishLeftovers()).not.toEqual([])
  })

  it('translates the modal too, its trigger and its dialog, right to left for Arabic', async () => {
    const sandbox = server.use(createSandbox({ ...presets.emailCode }))
    render(
      <SandboxProvider sandbox={sandbox} localization={arSA}>
        <SignInButton />
      </SandboxProvider>,
    )
    const t = fromClerk(arSA)
    await userEvent.setup().click(await screen.findByRole('button', { name: t.signIn }))
    const dialog = await screen.findByRole('dialog', { name: t.signInTitle })
    expect(dialog).toHaveAttribute('dir', 'rtl')
    expect(await screen.findByRole('textbox', { name: t.email_address })).toBeVisible()
    expect(englishLeftovers()).toEqual([])
  })

  it('translates a session task’s drop-in too', async () => {
    const sandbox = server.use(
      createSandbox({
        ...presets.forcedOrganizations,
        organizations: [{ name: 'Acme' }],
        users: [{ emailAddress: email, organizations: ['acme'] }],
      }),
    )
    sandbox.startSession(email)
    const { visited, navigate } = recordNavigations()
    render(
      <SandboxProvider sandbox={sandbox} localization={jaJP}>
        <TaskChooseOrganization redirectUrlComplete="/dashboard" navigate={navigate} />
      </SandboxProvider>,
    )
    const t = fromClerk(jaJP)
    const heading = await screen.findByRole('heading', { name: t.chooseOrganizationTitle })
    expect(heading.closest('[lang]')).toHaveAttribute('lang', 'ja-JP')
    expect(englishLeftovers()).toEqual([])
    await userEvent.setup().click(await screen.findByRole('button', { name: /Acme/ }))
    await expect.poll(() => visited).toEqual(['/dashboard'])
  })
})
