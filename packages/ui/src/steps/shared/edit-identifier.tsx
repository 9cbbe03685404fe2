import type { SignInOrUpStepName } from '@flowkit/flows'
import { forwardRef } from 'react'
import type { PartProps } from '../../primitives/part'
import { useFlow } from '../../primitives/source-context'
import { useText } from '../../primitives/ui-options'
import { FlowButton } from './flow-button'

const EDITABLE: SignInOrUpStepName[] = [
  'password',
  'first-factor',
  'client-trust',
  'reset-password-code',
  'verify-sign-up',
]

/**
 * “Edit” beside the identifier on a code or password step: back to the identifier step with it
 * kept, Clerk's attempt dropped (`flow.startOver`). Its accessible name says what it edits.
 */
export const EditIdentifier = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(
  function EditIdentifier(props, ref) {
    const flow = useFlow('EditIdentifier')
    const { t } = useText()
    if (!flow.identifier || !EDITABLE.includes(flow.step.name)) return null
    return (
      <FlowButton
        aria-label={t('editIdentifierLabel', { identifier: flow.identifier })}
        {...props}
        buttonRef={ref}
        partName="edit-identifier"
        label="editIdentifier"
        onAction={() => flow.startOver()}
      />
    )
  },
)
