import type { IdentifierKind, SignInOrUpFlow } from '@flowkit/flows'
import { forwardRef } from 'react'
import { identifierStrings } from '../../localization/en'
import type { LocalizationKey } from '../../localization/types'
import { FieldControl, FieldError, FieldLabel } from '../../primitives/field'
import { useFlow } from '../../primitives/flow-context'
import { FormRoot } from '../../primitives/form-root'
import type { PartProps } from '../../primitives/part'
import { Alert, Submit, Title } from '../../primitives/step-parts'
import { SocialButtons } from '../shared/flow-parts'
import { type FlowRootProps, type StepConfig, useFlowForm } from '../shared/flow-root'

const TITLES = { 'sign-in-or-up': 'signInOrUpTitle', 'sign-in': 'signInTitle', 'sign-up': 'signUpTitle' } as const

const KINDS: IdentifierKind[] = ['email_address', 'phone_number', 'username']

const config = (flow: SignInOrUpFlow): StepConfig => ({
  strings: identifierStrings,
  titleKey: TITLES[flow.intent],
  // "Email address", "Email address or username"…: the identifiers the instance accepts.
  labelKey: KINDS.filter((kind) => flow.identifierKinds.includes(kind)).join('_') as LocalizationKey,
  submitKey: 'continue',
  submitValue: (identifier) => flow.submitIdentifier(identifier),
})

/** The `<form>` of the identifier step: submits the identifier with `flow.submitIdentifier`. */
const Root = /* @__PURE__ */ forwardRef<HTMLFormElement, FlowRootProps>(function IdentifierStepRoot(
  { flow, ...props },
  ref,
) {
  return <FormRoot formRef={ref} {...useFlowForm('IdentifierStep.Root', flow, 'identifier', config)} {...props} />
})

/** The only identifier the instance accepts, if there is just one. */
const onlyKind = (kinds: IdentifierKind[]) => (kinds.length === 1 ? kinds[0] : undefined)

/**
 * The identifier `<input>`: `type` and `autocomplete` follow the accepted identifiers (`email`,
 * `tel`, else `username`). It keeps its own value; the flow only sees it on submit.
 */
const Input = /* @__PURE__ */ forwardRef<HTMLInputElement, PartProps<'input'>>(
  function IdentifierStepInput(props, ref) {
    const flow = useFlow('IdentifierStep.Input')
    const kind = onlyKind(flow.identifierKinds)
    const email = kind === 'email_address'
    const phone = kind === 'phone_number'
    return (
      <FieldControl
        ref={ref}
        type={email ? 'email' : phone ? 'tel' : 'text'}
        autoComplete={email ? 'email' : phone ? 'tel' : 'username'}
        autoCapitalize="none"
        spellCheck={false}
        required
        defaultValue={flow.identifier}
        {...props}
      />
    )
  },
)

export type IdentifierStepProps = Omit<FlowRootProps, 'children'>

/** The identifier step's default composition: title, social buttons, identifier field, errors, submit. */
function IdentifierStepDefault(props: IdentifierStepProps) {
  return (
    <Root {...props}>
      <Title />
      <SocialButtons />
      <FieldLabel />
      <Input />
      <FieldError />
      <Alert />
      <Submit />
    </Root>
  )
}

/**
 * Asks for an email address, phone number or username (and offers social sign-in).
 *
 * Anatomy: `Root > Title, SocialButtons, Label, Input, Error, Alert, Submit`.
 */
export const IdentifierStep = /* @__PURE__ */ Object.assign(IdentifierStepDefault, {
  Root,
  Title,
  SocialButtons,
  Label: FieldLabel,
  Input,
  Error: FieldError,
  Alert,
  Submit,
})
