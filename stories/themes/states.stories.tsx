import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { themedElement, themeStates } from '../../packages/ui/test/theme-states'
import type { ThemeName } from './themes'

/**
 * Every step and task state as a person first sees it, with nothing done to it (the play only looks): the
 * fixtures the Chromium theme checks and screenshots use (packages/ui/test/theme-states.tsx). Switch
 * theme, scheme, direction and viewport in the toolbar.
 */
const meta = { title: 'Design/States', parameters: { sandbox: false } } satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

const state = (name: string): Story => {
  const found = themeStates.find((candidate) => candidate.name === name)
  if (!found) throw new Error(`No theme state named ${name}.`)
  return {
    name,
    render: (_args, { globals }) => themedElement(found, (globals.flowkitTheme as ThemeName) ?? 'reference'),
    // Looks, never clicks or types: the state is on screen (its heading, not a loading fallback),
    // and a refused or pending state shows what the name says.
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement)
      await expect(await canvas.findByRole('heading', { level: 1 })).not.toHaveTextContent(/^$/)
      if (/-(invalid|incorrect)$/.test(name)) {
        await expect(canvasElement.querySelector('[aria-invalid="true"]')).not.toBeNull()
      }
      if (name.endsWith('-pending')) await expect(canvas.getByRole('button', { name: 'Continuing…' })).toBeVisible()
      if (name.endsWith('-rate-limited')) await expect(canvas.getByRole('alert')).toHaveTextContent(/Try again in/)
    },
  }
}
export const Identifier = state('identifier')
export const IdentifierSocialRow = state('identifier-social-row')
export const IdentifierInvalid = state('identifier-invalid')
export const IdentifierPending = state('identifier-pending')
export const IdentifierRateLimited = state('identifier-rate-limited')
export const Password = state('password')
export const PasswordIncorrect = state('password-incorrect')
export const Code = state('code')
export const CodeCooldown = state('code-cooldown')
export const CodeIncorrect = state('code-incorrect')
export const EmailLink = state('email-link')
export const ChooseStrategy = state('choose-strategy')
export const SecondFactor = state('second-factor')
export const SecondFactorBackupCode = state('second-factor-backup-code')
export const ClientTrust = state('client-trust')
export const NewPassword = state('new-password')
export const MissingRequirements = state('missing-requirements')
export const MissingRequirementsConsent = state('missing-requirements-consent')
export const ProtectCheck = state('protect-check')
export const Complete = state('complete')
export const ChooseOrganization = state('choose-organization')
export const CreateOrganization = state('create-organization')
export const ResetPasswordTask = state('reset-password-task')
export const SetupMfaStart = state('setup-mfa-start')
export const SetupMfaVerify = state('setup-mfa-verify')
export const SetupMfaBackupCodes = state('setup-mfa-backup-codes')
