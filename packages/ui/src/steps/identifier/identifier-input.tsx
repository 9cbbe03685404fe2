import type { IdentifierKind } from '@flowkit/flows'
import { forwardRef } from 'react'
import { FieldControl } from '../../primitives/field'
import type { PartProps } from '../../primitives/part'
import { useFlow } from '../../primitives/source-context'
import { usePasskeyAutofill } from './use-passkey-autofill'

/** The only identifier the instance accepts, if there is just one (an email address before Clerk has said). */
const onlyKind = (kinds: IdentifierKind[]) => (kinds.length < 2 ? (kinds[0] ?? 'email_address') : undefined)

/**
 * The identifier `<input>`: `type` and `autocomplete` follow the accepted identifiers (`email`,
 * `tel`, else `username`); where the instance offers passkeys in autofill, `username webauthn`, and
 * the browser's passkey suggestions sign in from it. It keeps its own value; the flow only sees it
 * on submit.
 */
export const IdentifierInput = /* @__PURE__ */ forwardRef<HTMLInputElement, PartProps<'input'>>(
  function IdentifierInput(props, ref) {
    const flow = useFlow('IdentifierStep.Input')
    const kind = onlyKind(flow.identifierKinds)
    const email = kind === 'email_address'
    const phone = kind === 'phone_number'
    const autofill = usePasskeyAutofill(flow)
    return (
      <FieldControl
        ref={ref}
        type={email ? 'email' : phone ? 'tel' : 'text'}
        autoComplete={autofill ? 'username webauthn' : email ? 'email' : phone ? 'tel' : 'username'}
        autoCapitalize="none"
        spellCheck={false}
        required
        defaultValue={flow.identifier}
        {...props}
      />
    )
  },
)
