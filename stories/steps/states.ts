import type { SignInOrUpFlow } from '@flowkit/flows'
import { expect, fn, within } from 'storybook/test'
import { createFlow, fieldError, flowError } from '../../packages/ui/test/flow-fixture'

/**
 * The states every step story shows, on a plain flow object (no Clerk: the point is the markup).
 * Verbs are Storybook spies, so the Actions panel shows what each control calls.
 */
export function stepStates(base: Partial<SignInOrUpFlow>, field: 'identifier' | 'password' | 'code' | 'newPassword') {
  const flow = (overrides: Partial<SignInOrUpFlow> = {}) =>
    createFlow({
      submitIdentifier: fn(),
      submitPassword: fn(),
      submitCode: fn(),
      submitNewPassword: fn(),
      resendCode: fn(),
      chooseStrategy: fn(),
      chooseAnotherMethod: fn(),
      chooseSecondFactor: fn(),
      forgotPassword: fn(),
      signInWithProvider: fn(),
      back: fn(),
      ...base,
      ...overrides,
    })
  return {
    idle: flow(),
    pending: flow({ isPending: true }),
    fieldError: flow({ fieldErrors: { [field]: fieldError(field, 'invalid_input', 'That doesn’t look right.') } }),
    globalError: flow({ error: flowError('network', 'You seem to be offline. Check your connection and try again.') }),
    rateLimited: flow({ error: flowError('rate_limited', 'Too many attempts.', { retryAfterSeconds: 45 }) }),
    // Far enough ahead that the countdown still shows while axe runs.
    resendCooldown: flow({ resendAvailableAt: Date.now() + 10 * 60_000 }),
  }
}

type Canvas = ReturnType<typeof within>

interface Check {
  /** The step's main control, as a user finds it. */
  control(canvas: Canvas): HTMLElement
  /** The submit button's name. */
  submit: string
}

/**
 * The stories every step has, one per state, each with a `play` that checks what the user sees:
 * idle, pending (busy submit that ignores clicks), field error (linked and marked invalid),
 * global error (an alert), rate-limited (a countdown) and disabled.
 */
export function stateStories(states: ReturnType<typeof stepStates>, check: Check) {
  const canvasOf = (element: HTMLElement) => within(element)
  return {
    Idle: {
      args: { flow: states.idle },
      play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
        await expect(check.control(canvasOf(canvasElement))).not.toHaveAttribute('aria-invalid')
      },
    },
    Pending: {
      args: { flow: states.pending },
      play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
        // Pending, the submit says so: a spinner and "Continuing…" in place of its label.
        const submit = canvasOf(canvasElement).getByRole('button', { name: 'Continuing…' })
        await expect(submit).toHaveAttribute('aria-busy', 'true')
        await expect(submit).toHaveAttribute('data-pending', '')
      },
    },
    FieldError: {
      args: { flow: states.fieldError },
      play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
        const control = check.control(canvasOf(canvasElement))
        await expect(control).toHaveAttribute('aria-invalid', 'true')
        // The error first; a new password's live hint may follow it in the description.
        await expect(control).toHaveAccessibleDescription(/^That doesn’t look right\./)
      },
    },
    GlobalError: {
      args: { flow: states.globalError },
      play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
        await expect(canvasOf(canvasElement).getByRole('alert')).toHaveTextContent('You seem to be offline')
      },
    },
    RateLimited: {
      args: { flow: states.rateLimited },
      play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
        await expect(canvasOf(canvasElement).getByRole('alert')).toHaveTextContent(/Try again in \d+s/)
      },
    },
    Disabled: {
      args: { flow: states.idle, disabled: true },
      play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
        await expect(check.control(canvasOf(canvasElement))).toBeDisabled()
      },
    },
  }
}
