import type { SignInOrUpFlow, SignInOrUpStep } from '@flowkit/flows'
import { forwardRef, type ReactNode, useEffect, useRef } from 'react'
import { statusStrings } from '../localization/en'
import type { LocalizationKey } from '../localization/types'
import { useComposedRefs } from '../primitives/compose-refs'
import { Part, type PartProps, withContent } from '../primitives/part'
import { type UiOptions, UiScope, useUi } from '../primitives/ui-context'
import { ChooseStrategyStep } from '../steps/choose-strategy-step/choose-strategy-step'
import { CodeStep } from '../steps/code-step/code-step'
import { EmailLinkStep } from '../steps/email-link-step/email-link-step'
import { IdentifierStep } from '../steps/identifier-step/identifier-step'
import { MissingRequirementsStep } from '../steps/missing-requirements-step/missing-requirements-step'
import { PasswordStep } from '../steps/password-step/password-step'
import { ResetPasswordStep } from '../steps/reset-password-step/reset-password-step'
import { SecondFactorStep } from '../steps/second-factor-step/second-factor-step'
import { ChooseOrganizationTask } from '../tasks/choose-organization-task'
import { ResetPasswordTask } from '../tasks/reset-password-task'
import { SetupMfaTask } from '../tasks/setup-mfa-task'

export interface SignInOrUpStepsProps extends PartProps<'div'>, UiOptions {
  /** The flow to render, from `useSignInOrUp`. */
  flow: SignInOrUpFlow
  /** Shown while Clerk loads. */
  fallback?: ReactNode
  /** Shown under the step (the drop-ins' links to the other page). */
  footer?: ReactNode
}

/** A step with no form: a heading and, for bot protection, Clerk's captcha mount. */
function Status({ title, hint, captcha }: { title: LocalizationKey; hint?: LocalizationKey; captcha: boolean }) {
  const { t } = useUi()
  return (
    <Part as="div" partName="status" role="status">
      <Part as="h1" partName="title" tabIndex={-1}>
        {t(title)}
      </Part>
      {hint && <p>{t(hint)}</p>}
      {captcha && <div id="clerk-captcha" data-flowkit-part="captcha" />}
    </Part>
  )
}

function StepFor({ flow, fallback }: { flow: SignInOrUpFlow; fallback: ReactNode }) {
  const captcha = flow.captchaRequired
  switch (flow.step.name) {
    case 'loading':
      return fallback
    case 'identifier':
      return <IdentifierStep />
    case 'password':
      return <PasswordStep />
    case 'first-factor':
    case 'client-trust':
    case 'reset-password-code':
    case 'verify-sign-up':
      return <CodeStep />
    case 'email-link':
      return <EmailLinkStep />
    case 'choose-strategy':
      return <ChooseStrategyStep />
    case 'second-factor':
      return <SecondFactorStep />
    case 'new-password':
      return <ResetPasswordStep />
    case 'missing-requirements':
      return <MissingRequirementsStep />
    case 'protect-check':
      return <Status title="protectCheckTitle" captcha={captcha} />
    case 'complete':
      return <Status title="completeTitle" captcha={false} />
    case 'task':
      switch (flow.task?.key) {
        case 'choose-organization':
          return <ChooseOrganizationTask />
        case 'reset-password':
          return <ResetPasswordTask />
        case 'setup-mfa':
          return <SetupMfaTask />
      }
      return <Status title="unknownTaskTitle" hint="unknownTaskHint" captcha={false} />
  }
}

/** Identifies a screen: a new strategy on the same step is a new screen too. */
const screenOf = (step: SignInOrUpStep) => `${step.name}:${'strategy' in step ? step.strategy : ''}`

/**
 * Renders the flow's current step, each screen freshly mounted. When the screen changes, focus
 * moves to its first invalid field, else its heading, so keyboard and screen-reader users follow.
 */
export const SignInOrUpSteps = /* @__PURE__ */ forwardRef<HTMLDivElement, SignInOrUpStepsProps>(
  function SignInOrUpSteps({ flow, fallback = null, footer, localization, classNames, ...props }, ref) {
    const container = useRef<HTMLDivElement>(null)
    const screen = screenOf(flow.step)
    const shown = useRef(screen)
    useEffect(() => {
      const previous = shown.current
      shown.current = screen
      // Not on first render (the page just loaded) nor when Clerk finishes loading.
      if (previous === screen || previous.startsWith('loading')) return
      const root = container.current
      const target =
        root?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
        root?.querySelector<HTMLElement>('[data-flowkit-part="title"]')
      target?.focus()
    }, [screen])
    return (
      <UiScope localization={localization} classNames={classNames} strings={statusStrings} state={{ flow }}>
        <Part
          as="div"
          partName="drop-in"
          elementRef={useComposedRefs(ref, container)}
          data-step={flow.step.name}
          {...props}
        >
          {withContent(
            props.asChild,
            props.children,
            <>
              <StepFor key={screen} flow={flow} fallback={fallback} />
              {footer}
            </>,
          )}
        </Part>
      </UiScope>
    )
  },
)
