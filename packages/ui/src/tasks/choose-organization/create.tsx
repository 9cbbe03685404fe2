import { forwardRef, useRef, useState } from 'react'
import { useComposedRefs } from '../../primitives/compose-refs'
import { FieldControl, FieldError, FieldFrame, FieldLabel } from '../../primitives/field'
import { Part, type PartProps } from '../../primitives/part'
import { useTask } from '../../primitives/source-context'
import { Submit } from '../../primitives/submit'
import { useText } from '../../primitives/ui-options'
import { useIsomorphicLayoutEffect } from '../../primitives/use-layout-effect'

/** The new organization's name. */
export const OrganizationNameInput = /* @__PURE__ */ forwardRef<HTMLInputElement, PartProps<'input'>>(
  function OrganizationNameInput(props, ref) {
    return <FieldControl ref={ref} autoComplete="organization" required {...props} />
  },
)

const NAME = 'ChooseOrganizationTask.Create'

/**
 * The create group — the name field and its submit, in a `field` part — when the user may create
 * organizations. With organizations to choose from, it starts as one secondary button
 * (`create-organization`) that opens it, so choosing stays the obvious action.
 */
export const Create = /* @__PURE__ */ forwardRef<HTMLDivElement, PartProps<'div'>>(function Create(props, ref) {
  const { canCreate, items, error } = useTask(NAME, 'choose-organization')
  const { t } = useText()
  const frame = useRef<HTMLDivElement>(null)
  const frameRef = useComposedRefs(ref, frame)
  // Open from the start when there is nothing to choose; it stays open once shown (the organization
  // just created joins the list while its session activates).
  const [open, setOpen] = useState(!items.length)
  const [toggled, setToggled] = useState(false)
  // The button that opened the form is gone: focus goes on to the name.
  useIsomorphicLayoutEffect(() => {
    if (toggled) frame.current?.querySelector('input')?.focus()
  }, [toggled])
  if (!canCreate) return null
  return (
    <FieldFrame
      frameRef={frameRef}
      part={NAME}
      fields={
        open || error?.field ? (
          <>
            <FieldLabel />
            <OrganizationNameInput />
            <FieldError />
            <Submit />
          </>
        ) : (
          <Part
            as="button"
            partName="create-organization"
            type="button"
            onClick={() => {
              setOpen(true)
              setToggled(true)
            }}
          >
            {t('newOrganization')}
          </Part>
        )
      }
      {...props}
    />
  )
})
