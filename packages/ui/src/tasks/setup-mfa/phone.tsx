import { forwardRef } from 'react'
import { composeHandlers } from '../../primitives/compose-handlers'
import { FieldControl, FieldError, FieldFrame, FieldLabel } from '../../primitives/field'
import { Part, type PartProps, presence, withContent } from '../../primitives/part'
import { useTask } from '../../primitives/source-context'

const NAME = 'SetupMfaTask.Phone'

/** The new number's `<input type="tel">`. */
const PhoneInput = () => <FieldControl type="tel" autoComplete="tel" required />

/** The new phone number (label, input, error, in a `field` part), on the `phone` stage; submitting texts it a code. */
export const Phone = /* @__PURE__ */ forwardRef<HTMLDivElement, PartProps<'div'>>(function SetupMfaPhone(props, ref) {
  const { stage } = useTask(NAME, 'setup-mfa')
  if (stage !== 'phone') return null
  return (
    <FieldFrame
      frameRef={ref}
      part={NAME}
      fields={
        <>
          <FieldLabel />
          <PhoneInput />
          <FieldError />
        </>
      }
      {...props}
    />
  )
})

export interface SetupMfaPhoneNumberProps extends PartProps<'button'> {
  /** One of `task.phoneNumbers`. */
  phone: { id: string; phoneNumber: string }
}

/** A button using one of the user's verified numbers for the codes (`task.choosePhoneNumber`), with no new code. */
export const PhoneNumber = /* @__PURE__ */ forwardRef<HTMLButtonElement, SetupMfaPhoneNumberProps>(
  function SetupMfaPhoneNumber({ phone, ...props }, ref) {
    const task = useTask('SetupMfaTask.PhoneNumber', 'setup-mfa')
    const pending = task.isPending
    return (
      <Part
        as="button"
        partName="phone-number"
        elementRef={ref}
        type="button"
        aria-disabled={pending || undefined}
        data-disabled={presence(pending)}
        {...props}
        onClick={composeHandlers(props.onClick, () => pending || task.choosePhoneNumber(phone.id))}
      >
        {props.children ?? phone.phoneNumber}
      </Part>
    )
  },
)

/** A `PhoneNumber` button per verified number the user has (`task.phoneNumbers`), on the `phone` stage. */
export const PhoneNumbers = /* @__PURE__ */ forwardRef<HTMLUListElement, PartProps<'ul'>>(
  function SetupMfaPhoneNumbers(props, ref) {
    const { stage, phoneNumbers } = useTask('SetupMfaTask.PhoneNumbers', 'setup-mfa')
    if (stage !== 'phone' || !phoneNumbers.length) return null
    return (
      <Part as="ul" partName="phone-numbers" elementRef={ref} {...props}>
        {withContent(
          props.asChild,
          props.children,
          phoneNumbers.map((phone) => (
            <li key={phone.id}>
              <PhoneNumber phone={phone} />
            </li>
          )),
        )}
      </Part>
    )
  },
)
