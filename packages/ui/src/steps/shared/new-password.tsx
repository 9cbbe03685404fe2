import { forwardRef } from 'react'
import { Checkbox } from '../../primitives/checkbox'
import { FieldControl } from '../../primitives/field'
import type { PartProps } from '../../primitives/part'
import { useText } from '../../primitives/ui-options'

/** The new password `<input autocomplete="new-password">`. */
export const NewPasswordInput = /* @__PURE__ */ forwardRef<HTMLInputElement, PartProps<'input'>>(
  function NewPasswordInput(props, ref) {
    return <FieldControl ref={ref} type="password" autoComplete="new-password" required {...props} />
  },
)

/** "Sign out of all other devices", checked by default. */
export const SignOutOthers = /* @__PURE__ */ forwardRef<HTMLInputElement, PartProps<'input'>>(
  function SignOutOthers(props, ref) {
    const { t } = useText()
    return <Checkbox ref={ref} name="signOutOfOtherSessions" defaultChecked label={t('signOutOthers')} {...props} />
  },
)

/** Reads the new password and the sign-out choice from the submitted form. */
export const readNewPassword = (values: FormData) => ({
  password: String(values.get('newPassword') ?? ''),
  signOutOfOtherSessions: values.has('signOutOfOtherSessions'),
})
