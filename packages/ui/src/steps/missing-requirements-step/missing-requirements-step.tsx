import type { MissingFieldDescriptor, MissingFieldsController } from '@flowkit/flows'
import { createContext, forwardRef, type ReactNode, useContext } from 'react'
import { missingStrings } from '../../localization/en'
import { Checkbox } from '../../primitives/checkbox'
import { Field, FieldControl, FieldError, FieldLabel, useControlProps } from '../../primitives/field'
import { FormRoot } from '../../primitives/form-root'
import { misplaced } from '../../primitives/misplaced'
import { Part, type PartProps, withContent } from '../../primitives/part'
import { Alert, Submit, Title } from '../../primitives/step-parts'
import { useUi } from '../../primitives/ui-context'
import { Back } from '../shared/flow-parts'
import type { FlowRootProps } from '../shared/flow-root'

const MissingContext = /* @__PURE__ */ createContext<MissingFieldsController | null>(null)

function useMissing(part: string) {
  const controller = useContext(MissingContext)
  if (!controller) throw misplaced(part)
  return controller
}

export interface MissingRequirementsStepRootProps extends FlowRootProps {
  /** The fields to collect (from `useMissingFields`). Defaults to `flow.missingFields`. */
  missingFields?: MissingFieldsController | null
}

/** The `<form>` that collects what a new account still needs and sends it with `missingFields.submit`. */
const Root = /* @__PURE__ */ forwardRef<HTMLFormElement, MissingRequirementsStepRootProps>(
  function MissingRequirementsStepRoot({ flow: flowProp, missingFields, ...props }, ref) {
    const { flow: fromScope } = useUi()
    const flow = flowProp ?? fromScope
    const controller = missingFields ?? flow?.missingFields
    if (!controller) throw misplaced('MissingRequirementsStep.Root')
    return (
      <MissingContext.Provider value={controller}>
        <FormRoot
          formRef={ref}
          step="missing-requirements"
          state={{
            flow,
            pending: controller.isPending,
            error: controller.error ?? flow?.error,
            titleKey: 'missingTitle',
            submitKey: 'continue',
          }}
          fieldError={Object.values(controller.errors).find(Boolean)}
          captcha={flow?.captchaRequired}
          strings={missingStrings}
          onValues={(form) => {
            const values: Record<string, string | boolean> = {}
            for (const { name, kind } of controller.fields) {
              values[name] = kind === 'checkbox' ? form.has(name) : String(form.get(name) ?? '')
            }
            return controller.submit(values)
          }}
          {...props}
        />
      </MissingContext.Provider>
    )
  },
)

/** Only http(s) links from the environment are rendered as links (never `javascript:` and the like). */
const safeHref = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined)

/** "I agree to the Terms of Service and Privacy Policy", each a link when the instance has one. */
function LegalText({ descriptor }: { descriptor: MissingFieldDescriptor }) {
  const { t } = useUi()
  // Each link is keyed by its placeholder: the sentence renders as a list of text and links.
  const link = (name: 'terms' | 'privacy', url: string | null | undefined) => {
    const href = safeHref(url)
    return href ? (
      <Part as="a" partName="link" key={name} href={href} target="_blank" rel="noreferrer">
        {t(name)}
      </Part>
    ) : (
      t(name)
    )
  }
  const nodes: Record<string, ReactNode> = {
    terms: link('terms', descriptor.links?.termsUrl),
    privacy: link('privacy', descriptor.links?.privacyPolicyUrl),
  }
  // Odd chunks of the split are placeholder names.
  return t('legalAccepted')
    .split(/\{(\w+)\}/)
    .map((chunk, index) => (index % 2 ? (nodes[chunk] ?? chunk) : chunk))
}

/** The consent checkbox, wired to its field like any other control. */
function LegalCheckbox({ descriptor }: { descriptor: MissingFieldDescriptor }) {
  return (
    <Checkbox {...useControlProps('MissingRequirementsStep.Field')} label={<LegalText descriptor={descriptor} />} />
  )
}

const INPUT_TYPES = {
  text: 'text',
  email: 'email',
  tel: 'tel',
  password: 'password',
  checkbox: 'checkbox',
  unknown: 'text',
}

export interface MissingFieldProps extends PartProps<'div'> {
  /** The field to render, one of `missingFields.fields`. */
  descriptor: MissingFieldDescriptor
}

/** One missing field: label, input (or the consent checkbox) and its error, in a `<div>`. */
const MissingField = /* @__PURE__ */ forwardRef<HTMLDivElement, MissingFieldProps>(function MissingField(
  { descriptor, ...props },
  ref,
) {
  const controller = useMissing('MissingRequirementsStep.Field')
  const { text } = useUi()
  const { name, kind } = descriptor
  return (
    <Field ref={ref} name={name} error={controller.errors[name]} data-state={name} {...props}>
      {withContent(
        props.asChild,
        props.children,
        <>
          {kind === 'checkbox' ? (
            <LegalCheckbox descriptor={descriptor} />
          ) : (
            <>
              <FieldLabel>{text(descriptor.labelKey, name.replace(/_/g, ' '))}</FieldLabel>
              <FieldControl
                type={INPUT_TYPES[kind]}
                autoComplete={descriptor.autoComplete}
                required={descriptor.required}
                defaultValue={String(controller.values[name] ?? '')}
              />
            </>
          )}
          <FieldError />
        </>,
      )}
    </Field>
  )
})

/** A MissingField per field the sign-up still needs, in Clerk's order. */
function Fields() {
  return useMissing('MissingRequirementsStep.Fields').fields.map((descriptor) => (
    <MissingField key={descriptor.name} descriptor={descriptor} />
  ))
}

export type MissingRequirementsStepProps = Omit<MissingRequirementsStepRootProps, 'children'>

function MissingRequirementsStepDefault(props: MissingRequirementsStepProps) {
  const { flow } = useUi()
  return (
    <Root {...props}>
      <Title />
      <Fields />
      <Alert />
      <Submit />
      {(props.flow ?? flow) && <Back />}
    </Root>
  )
}

/**
 * Collects what a new account still needs (`signUp.missingFields`): names, username, phone,
 * password, and consent to the legal terms.
 *
 * Anatomy: `Root > Title, Fields > Field (Label, Input | consent Checkbox, Error), Alert, Submit, Back`.
 */
export const MissingRequirementsStep = /* @__PURE__ */ Object.assign(MissingRequirementsStepDefault, {
  Root,
  Title,
  Fields,
  Field: MissingField,
  Alert,
  Submit,
  Back,
})
