import type { FirstFactorStrategy, SecondFactorStrategy, SocialProvider } from '@flowkit/flows'
import { type ForwardedRef, forwardRef } from 'react'
import type { LocalizationKey } from '../../localization/types'
import { composeHandlers } from '../../primitives/compose-handlers'
import { useFlow } from '../../primitives/flow-context'
import { Part, type PartProps, presence, textOf, withContent } from '../../primitives/part'
import type { PartName } from '../../primitives/part-names'
import { useUi } from '../../primitives/ui-context'
import { useSecondsLeft } from '../../primitives/use-seconds-left'

interface ActionProps extends PartProps<'button'> {
  buttonRef: ForwardedRef<HTMLButtonElement>
  partName?: PartName
  label: LocalizationKey
  /** Values for the label's placeholders. */
  values?: Record<string, number>
  onAction(): unknown
}

/** A `type="button"` part that calls a flow verb: the body of Back, ForgotPassword, AnotherMethod, Resend. */
function Action({ buttonRef, partName = 'action', label, values, onAction, ...props }: ActionProps) {
  const { t } = useUi()
  return (
    <Part
      as="button"
      partName={partName}
      elementRef={buttonRef}
      type="button"
      {...props}
      onClick={composeHandlers(props.onClick, onAction)}
    >
      {textOf(props, t(label, values))}
    </Part>
  )
}

/** Goes back one step (e.g. to change the email address). Renders nothing when there is no way back. */
export const Back = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(function Back(props, ref) {
  const flow = useFlow('Back')
  return flow.canGoBack ? (
    <Action {...props} buttonRef={ref} partName="back" label="back" onAction={() => flow.back()} />
  ) : null
})

/** Starts a password reset (`flow.forgotPassword`). Not shown while signing up. */
export const ForgotPassword = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(
  function ForgotPassword(props, ref) {
    const flow = useFlow('ForgotPassword')
    return flow.intent === 'sign-up' ? null : (
      <Action {...props} buttonRef={ref} label="forgotPassword" onAction={() => flow.forgotPassword()} />
    )
  },
)

const FIRST_FACTOR_STEPS = ['password', 'first-factor', 'email-link']

/**
 * Shows the other ways to sign in (`flow.chooseAnotherMethod`). Renders nothing unless this is a
 * first-factor step and the instance offers another strategy.
 */
export const AnotherMethod = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(
  function AnotherMethod(props, ref) {
    const flow = useFlow('AnotherMethod')
    return FIRST_FACTOR_STEPS.includes(flow.step.name) && flow.strategies.length > 1 ? (
      <Action {...props} buttonRef={ref} label="anotherMethod" onAction={() => flow.chooseAnotherMethod()} />
    ) : null
  },
)

/**
 * Sends a new code. While `flow.resendAvailableAt` is in the future it counts down the seconds
 * (`data-state="waiting"`, `aria-disabled`) and ignores clicks; only this part re-renders each second.
 */
export const Resend = /* @__PURE__ */ forwardRef<HTMLButtonElement, PartProps<'button'>>(function Resend(props, ref) {
  const flow = useFlow('Resend')
  const seconds = useSecondsLeft(flow.resendAvailableAt)
  const blocked = seconds > 0 || flow.isPending
  return (
    <Action
      aria-disabled={blocked || undefined}
      data-state={seconds ? 'waiting' : 'ready'}
      data-disabled={presence(blocked)}
      {...props}
      buttonRef={ref}
      partName="resend"
      label={seconds ? 'resendIn' : 'resend'}
      values={{ seconds }}
      onAction={() => blocked || flow.resendCode()}
    />
  )
})

export interface StrategiesProps extends PartProps<'div'> {
  /** Which strategies to offer. Defaults to the step's: every first factor, or the other second factors. */
  strategies?: Array<FirstFactorStrategy | SecondFactorStrategy>
}

/** A button per other way to verify (first or second factor, by step); `data-state` is the strategy. */
export const Strategies = /* @__PURE__ */ forwardRef<HTMLDivElement, StrategiesProps>(function Strategies(
  { strategies, ...props },
  ref,
) {
  const flow = useFlow('Strategies')
  const { t } = useUi()
  const { step } = flow
  const second = step.name === 'second-factor'
  const offered =
    strategies ??
    (second
      ? step.available.filter((other) => other !== step.strategy)
      : step.name === 'choose-strategy'
        ? step.strategies
        : [])
  if (!offered.length) return null
  return (
    <Part as="div" partName="strategies" elementRef={ref} {...props}>
      {withContent(
        props.asChild,
        props.children,
        offered.map((strategy) => (
          <Part
            as="button"
            partName="strategy"
            key={strategy}
            type="button"
            data-state={strategy}
            onClick={() =>
              second
                ? flow.chooseSecondFactor(strategy as SecondFactorStrategy)
                : flow.chooseStrategy(strategy as FirstFactorStrategy)
            }
          >
            {t(second ? `method_${strategy as SecondFactorStrategy}` : `strategy_${strategy as FirstFactorStrategy}`)}
          </Part>
        )),
      )}
    </Part>
  )
})

export interface SocialButtonsProps extends PartProps<'div'> {
  /** Which providers to show. Defaults to every one the instance enables. */
  providers?: SocialProvider[]
}

/** A "Continue with …" button per social provider; `data-state` is the strategy (`oauth_google`). */
export const SocialButtons = /* @__PURE__ */ forwardRef<HTMLDivElement, SocialButtonsProps>(function SocialButtons(
  { providers, ...props },
  ref,
) {
  const flow = useFlow('SocialButtons')
  const { t } = useUi()
  const shown = providers ?? flow.socialProviders
  if (!shown.length) return null
  return (
    <Part as="div" partName="social-buttons" elementRef={ref} {...props}>
      {withContent(
        props.asChild,
        props.children,
        shown.map(({ strategy, name }) => (
          <Part
            as="button"
            partName="social-button"
            key={strategy}
            type="button"
            data-state={strategy}
            aria-disabled={flow.isPending || undefined}
            onClick={() => flow.isPending || flow.signInWithProvider(strategy)}
          >
            {t('continueWith', { provider: name })}
          </Part>
        )),
      )}
    </Part>
  )
})
