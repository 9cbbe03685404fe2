import type { RunProtectOptions, SignInOrUpFlow, SignInOrUpStep } from '@flowkit/flows'
import { type ComponentType, forwardRef, type ReactNode, useEffect, useRef } from 'react'
import { statusStrings } from '../localization/en/status'
import { localeAttributes } from '../localization/locale-attributes'
import { useComposedRefs } from '../primitives/compose-refs'
import { Part, type PartProps, withContent } from '../primitives/part'
import { SourceContext } from '../primitives/source-context'
import { type UiOptions, UiScope } from '../primitives/ui-options'
import { useIsomorphicLayoutEffect } from '../primitives/use-layout-effect'
import { IdentifierStep } from '../steps/identifier'
import {
  LaterChooseOrganizationTask,
  LaterChooseStrategyStep,
  LaterCodeStep,
  LaterEmailLinkStep,
  LaterEnterpriseSsoStep,
  LaterMissingRequirementsStep,
  LaterPasswordStep,
  LaterProtectCheckStep,
  LaterResetPasswordStep,
  LaterResetPasswordTask,
  LaterScreen,
  LaterSecondFactorStep,
  LaterSetupMfaTask,
  prefetchLaterScreens,
} from './later-screens'
import { SignUpClosed, signUpClosed, useRedeemingInvitation } from './sign-up-closed'
import { Status } from './status'

export interface SignInOrUpStepsProps extends PartProps<'div'>, UiOptions {
  /** The flow to render, from `useSignInOrUp`. */
  flow: SignInOrUpFlow
  /** Shown on the `loading` step (a page Clerk sent the browser back to, before Clerk has read it). */
  fallback?: ReactNode
  /** Shown above every step, in the `logo` part. */
  logo?: ReactNode
  /** Shown under the step (the drop-ins' links to the other page). */
  footer?: ReactNode
  /** How the protect-check step loads Clerk Protect's challenge script (default: a dynamic `import()`). */
  loadProtectScript?: RunProtectOptions['load']
}

type StepForProps = Pick<SignInOrUpStepsProps, 'flow' | 'fallback' | 'loadProtectScript'> & {
  redeeming: boolean
  /** Called when a screen that loads lazily is on the page. */
  onShown: () => void
}

function StepFor({ flow, fallback, redeeming, loadProtectScript, onShown }: StepForProps) {
  const later = <P extends object>(screen: ComponentType<P>, props: P) => (
    <LaterScreen screen={screen} props={props} fallback={fallback} onShown={onShown} />
  )
  switch (flow.step.name) {
    case 'loading':
      return fallback
    case 'identifier':
      // An invitation link is redeemed before anything is asked; a sign-up closed to the public says so.
      if (redeeming) return fallback
      return signUpClosed(flow) ? <SignUpClosed flow={flow} /> : <IdentifierStep />
    case 'password':
      return later(LaterPasswordStep, {})
    case 'first-factor':
    case 'client-trust':
    case 'reset-password-code':
    case 'verify-sign-up':
      return later(LaterCodeStep, {})
    case 'email-link':
      return later(LaterEmailLinkStep, {})
    case 'choose-strategy':
      return later(LaterChooseStrategyStep, {})
    case 'enterprise-sso':
      return later(LaterEnterpriseSsoStep, {})
    case 'second-factor':
      return later(LaterSecondFactorStep, {})
    case 'new-password':
      return later(LaterResetPasswordStep, {})
    case 'missing-requirements':
      return later(LaterMissingRequirementsStep, {})
    case 'protect-check':
      return later(LaterProtectCheckStep, { loadProtectScript })
    case 'complete':
      return <Status titleKey="completeTitle" />
    case 'task':
      switch (flow.task?.key) {
        case 'choose-organization':
          return later(LaterChooseOrganizationTask, {})
        case 'reset-password':
          return later(LaterResetPasswordTask, {})
        case 'setup-mfa':
          return later(LaterSetupMfaTask, {})
      }
      return <Status titleKey="unknownTaskTitle" hintKey="unknownTaskHint" />
  }
}

/** The fields focus may land on: the first of them is where a new step's input starts. */
const FIELDS = 'input:not([type=hidden],:disabled),select,textarea'

/** Identifies a screen: a new strategy on the same step is a new screen too. */
const screenOf = (step: SignInOrUpStep) => `${step.name}:${'strategy' in step ? step.strategy : ''}`

/**
 * Renders the flow's current step, each screen freshly mounted. When the screen changes, focus
 * moves to its first invalid field, else its first field (typing goes on where it should), else
 * its heading (a step with nothing to type), so keyboard and screen-reader users follow.
 */
export const SignInOrUpSteps = /* @__PURE__ */ forwardRef<HTMLDivElement, SignInOrUpStepsProps>(
  function SignInOrUpSteps(
    { flow, fallback = null, logo, footer, loadProtectScript, localization, classNames, ...props },
    ref,
  ) {
    const container = useRef<HTMLDivElement>(null)
    const screen = screenOf(flow.step)
    const shown = useRef(screen)
    const redeeming = useRedeemingInvitation(flow)
    // Whether focus is still to move to the current screen (a lazy one is not on the page yet).
    const focusDue = useRef(false)
    const focusScreen = () => {
      const root = container.current
      const target =
        root?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
        root?.querySelector<HTMLElement>(FIELDS) ??
        root?.querySelector<HTMLElement>('[data-flowkit-part="title"]')
      if (!focusDue.current || !target) return
      focusDue.current = false
      target.focus()
    }
    const ready = flow.step.name !== 'loading'
    useEffect(() => {
      if (ready) prefetchLaterScreens()
    }, [ready])
    // biome-ignore lint/correctness/useExhaustiveDependencies: on a new screen only
    useIsomorphicLayoutEffect(() => {
      const previous = shown.current
      shown.current = screen
      // Not on first render (the page just loaded) nor when Clerk finishes loading.
      focusDue.current = previous !== screen && !previous.startsWith('loading')
      focusScreen()
    }, [screen])
    return (
      <UiScope localization={localization} classNames={classNames} strings={statusStrings}>
        <SourceContext.Provider value={{ flow }}>
          <Part
            as="div"
            partName="drop-in"
            elementRef={useComposedRefs(ref, container)}
            data-step={flow.step.name}
            {...localeAttributes(localization)}
            {...props}
          >
            {withContent(
              props.asChild,
              props.children,
              <>
                {logo && (
                  <Part as="div" partName="logo">
                    {logo}
                  </Part>
                )}
                <StepFor
                  key={screen}
                  flow={flow}
                  fallback={fallback}
                  redeeming={redeeming}
                  loadProtectScript={loadProtectScript}
                  onShown={focusScreen}
                />
                {footer}
              </>,
            )}
          </Part>
        </SourceContext.Provider>
      </UiScope>
    )
  },
)
