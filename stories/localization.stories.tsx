import { arSA, deDE, frFR, jaJP } from '@clerk/localizations'
import { SignInOrUp } from '@flowkit/ui'
import { fromClerk } from '@flowkit/ui/localization'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { sandboxOf } from '../.storybook/sandbox'
import { presets } from '../packages/sandbox/src'
import exampleTheme from '../packages/ui/themes/example.css?raw'
import { expectNavigation, step } from './drop-ins/journey'

/**
 * One story per language family: Latin (French), German's long compounds, Japanese, and Arabic
 * written right to left. Each maps a `@clerk/localizations` resource with `fromClerk`, exactly as
 * a drop-in does with `ClerkProvider`'s `localization` (docs/localization.md), and walks a
 * sign-in by email code under the example theme: heading, label, button, and the wrong-code error
 * all in the language, `dir` from the locale.
 */
const meta = {
  title: 'Localization',
  component: SignInOrUp,
  args: { routing: 'virtual', navigate: fn() },
  parameters: { sandbox: { ...presets.emailCode, users: [{ emailAddress: 'ada@example.com' }] } },
  decorators: [
    (Story) => (
      <>
        <style>{exampleTheme}</style>
        <Story />
      </>
    ),
  ],
} satisfies Meta<typeof SignInOrUp>

export default meta
type Story = StoryObj<typeof meta>

const email = 'ada@example.com'

/** A story in `resource`'s language: the journey to a wrong code, then signed in. */
function inLanguage(resource: typeof frFR, dir: 'ltr' | 'rtl'): Story {
  const localization = fromClerk(resource, { applicationName: 'Acme' })
  return {
    args: { localization },
    play: async (context) => {
      const canvas = within(context.canvasElement)
      const user = userEvent.setup()
      const field = await canvas.findByRole('textbox', { name: localization.email_address })
      await expect(field.closest('[data-flowkit-part="drop-in"]')).toHaveAttribute('dir', dir)
      await user.type(field, `${email}{Enter}`)
      await step(canvas, localization.checkEmail as string)
      const code = canvas.getByRole('textbox', { name: localization.code })
      const right = sandboxOf(context).outbox.latestCode(email)
      await user.type(code, right === '000000' ? '111111' : '000000')
      const errors = localization.errors ?? {}
      await expect(
        await canvas.findByText((errors.form_code_incorrect ?? errors.incorrect_code) as string),
      ).toBeVisible()
      await user.clear(code)
      await user.type(code, right)
      await expectNavigation(context.args.navigate, '/')
    },
  }
}

/** French (fr-FR). */
export const French = inLanguage(frFR, 'ltr')
/** German (de-DE): longer labels and buttons. */
export const German = inLanguage(deDE, 'ltr')
/** Japanese (ja-JP). */
export const Japanese = inLanguage(jaJP, 'ltr')
/** Arabic (ar-SA): `dir="rtl"` from the locale, mirrored by the theme's logical properties. */
export const Arabic = inLanguage(arSA, 'rtl')
