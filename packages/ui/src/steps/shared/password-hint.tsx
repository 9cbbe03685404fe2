import { type PasswordRule, passwordStrength } from '@flowkit/flows'
import { forwardRef, useContext, useEffect, useState } from 'react'
import { passwordHintStrings } from '../../localization/en/password-hint'
import { useComposedRefs } from '../../primitives/compose-refs'
import { useDescribes, useField } from '../../primitives/field'
import { Part, type PartProps, presence, withContent } from '../../primitives/part'
import { SourceContext } from '../../primitives/source-context'
import { UiScope, useText } from '../../primitives/ui-options'

export interface PasswordHintProps extends PartProps<'div'> {
  /** The rules to check; default the enclosing task's or flow's `passwordRules`. */
  rules?: PasswordRule[]
}

/** Which rules `value` meets, and its strength: the hint re-renders only when this changes. */
const summaryOf = (rules: PasswordRule[], value: string) =>
  `${rules.map((rule) => (rule.met(value) ? 1 : 0)).join('')}:${value ? passwordStrength(rules, value) : ''}`

/**
 * What the field's control holds, read from its `input` events: the inputs keep their own value,
 * so typing re-renders this hint (when a rule or the strength changes) and nothing else.
 */
function useSummary(element: HTMLElement | null, controlId: string, rules: PasswordRule[]) {
  const [summary, setSummary] = useState(() => summaryOf(rules, ''))
  useEffect(() => {
    const control = element?.ownerDocument.getElementById(controlId) as HTMLInputElement | null
    if (!control) return
    const update = () => setSummary(summaryOf(rules, control.value))
    update()
    control.addEventListener('input', update)
    return () => control.removeEventListener('input', update)
  }, [element, controlId, rules])
  return summary
}

/**
 * The live hint under a new password (in its field): each rule of the instance's policy, met or not
 * yet (`data-met`, and in words), and the strength once something is typed. Announced politely and
 * read with the field (`aria-describedby`). Nothing on a sign-in's password, which is not new.
 */
export const PasswordHint = /* @__PURE__ */ forwardRef<HTMLDivElement, PasswordHintProps>(function PasswordHint(
  { rules, ...props },
  ref,
) {
  const field = useField('PasswordHint')
  const { flow, task } = useContext(SourceContext)
  const [element, setElement] = useState<HTMLDivElement | null>(null)
  const shown = rules ?? (task?.key === 'reset-password' ? task.passwordRules : flow?.passwordRules) ?? []
  const signingIn = flow?.step.name === 'password' && flow.intent !== 'sign-up' && !rules
  const summary = useSummary(element, field.id, shown)
  const id = `${field.id}-hint`
  useDescribes(field, id, !signingIn && shown.length > 0)
  const refs = useComposedRefs(ref, setElement)
  if (signingIn || !shown.length) return null
  const [met = '', strength] = summary.split(':')
  return (
    <UiScope strings={passwordHintStrings}>
      <Part as="div" partName="password-hint" elementRef={refs} id={id} aria-live="polite" {...props}>
        {withContent(props.asChild, props.children, <Rules rules={shown} met={met} strength={strength} />)}
      </Part>
    </UiScope>
  )
})

function Rules({ rules, met, strength }: { rules: PasswordRule[]; met: string; strength: string | undefined }) {
  const { t } = useText()
  return (
    <>
      {rules.map((rule, index) => {
        const done = met[index] === '1'
        const text = t(`rule_${rule.key}`, { value: rule.value })
        return (
          <Part key={rule.key} as="p" partName="password-rule" data-met={presence(done)}>
            {t(done ? 'ruleMet' : 'ruleNotMet', { rule: text })}
          </Part>
        )
      })}
      {strength && (
        <Part as="p" partName="password-strength" data-strength={strength}>
          {t(`strength_${strength as 'weak' | 'fair' | 'strong'}`)}
        </Part>
      )}
    </>
  )
}
