import type { MissingFieldDescriptor } from '@flowkit/flows'
import { forwardRef } from 'react'
import { Field, FieldControl, FieldError, FieldLabel } from '../../primitives/field'
import { type PartProps, withContent } from '../../primitives/part'
import { useText } from '../../primitives/ui-options'
import { PasswordHint } from '../shared/password-hint'
import { LegalConsent } from './legal-consent'
import { useMissing } from './missing-requirements-root'

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

/** One missing field: label, input (or the consent checkbox) and its error, in a `Field` (`data-field` is its name). */
export const MissingField = /* @__PURE__ */ forwardRef<HTMLDivElement, MissingFieldProps>(function MissingField(
  { descriptor, ...props },
  ref,
) {
  const controller = useMissing('MissingRequirementsStep.Field')
  const { text } = useText()
  const { name, kind } = descriptor
  return (
    <Field ref={ref} name={name} error={controller.errors[name]} {...props}>
      {withContent(
        props.asChild,
        props.children,
        <>
          {kind === 'checkbox' ? (
            <LegalConsent descriptor={descriptor} />
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
          {descriptor.rules && <PasswordHint rules={descriptor.rules} />}
        </>,
      )}
    </Field>
  )
})

/** A MissingField per field the sign-up still needs, in Clerk's order. */
export function MissingFields() {
  return useMissing('MissingRequirementsStep.Fields').fields.map((descriptor) => (
    <MissingField key={descriptor.name} descriptor={descriptor} />
  ))
}
