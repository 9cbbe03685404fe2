// Test-only: every journey of the drop-ins as a list of user steps, so reliability suites can replay
// them clean, with a fault at any request, under StrictMode, or twice to compare.
import { presets, type Sandbox, type SandboxConfig } from '@flowkit/sandbox'
import { SignInOrUp, TaskChooseOrganization, TaskResetPassword, TaskSetupMFA } from '@flowkit/ui'
import { screen } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import type { ReactNode } from 'react'

export interface JourneyContext {
  sandbox: Sandbox
  user: UserEvent
}

/** One screen of a journey: what the user does there, and how they try again after a failure. */
export interface JourneyStep {
  /** The screen's heading. */
  heading: string
  /** Types and submits; returns the field typed into (its value must survive a failure), if any. */
  act(context: JourneyContext): Promise<HTMLInputElement | null>
  /** The control that submits (enabled again after a failure); clicked to try again. */
  control(): HTMLElement
  /**
   * Requests made without the user asking (lists loaded on mount): nothing on screen is pending and
   * there is nothing to submit again; `settled` says when they have all been answered.
   */
  background?: { settled(sandbox: Sandbox): boolean }
}

export interface Journey {
  name: string
  config: SandboxConfig
  /** Runs before Clerk loads (e.g. starts the session a task belongs to). */
  setup?: (sandbox: Sandbox) => unknown
  render(navigate: (to: string) => void): ReactNode
  steps: JourneyStep[]
}

export const email = 'ada@example.com'
export const newEmail = 'grace@example.com'
export const phone = '+15555550100'
export const password = 'correct-horse-battery'
export const newPassword = 'a-much-better-passw0rd'
const totpSecret = 'JBSWY3DPEHPK3PXP'

const button = (name: string) => () => screen.getByRole('button', { name })
const textbox = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement

/**
 * Types into a field and presses Enter. Waits for the field: the identifier step shows before Clerk
 * has loaded, and its label becomes "Phone number" or "Username" once Clerk says which it takes.
 */
function typeAndSubmit(label: string, value: () => string, kind: 'textbox' | 'label' = 'textbox') {
  return async ({ user }: JourneyContext) => {
    const input = (
      kind === 'textbox' ? await screen.findByRole('textbox', { name: label }) : await screen.findByLabelText(label)
    ) as HTMLInputElement
    await user.type(input, `${value()}{Enter}`)
    return input
  }
}

/** Types a six-digit code: the code field submits itself once complete. */
function typeCode(code: (context: JourneyContext) => string) {
  return async (context: JourneyContext) => {
    const input = textbox('Verification code')
    await context.user.type(input, code(context))
    return input
  }
}

const identifierStep = (label: string, value: string): JourneyStep => ({
  heading: 'Sign in or sign up',
  act: typeAndSubmit(label, () => value),
  control: button('Continue'),
})

const passwordStep = (value = password): JourneyStep => ({
  heading: 'Enter your password',
  act: typeAndSubmit('Password', () => value, 'label'),
  control: button('Continue'),
})

const codeStep = (heading: string, to: string): JourneyStep => ({
  heading,
  act: typeCode(({ sandbox }) => sandbox.outbox.latestCode(to)),
  control: button('Verify'),
})

const signInOrUp = (navigate: (to: string) => void) => (
  <SignInOrUp routing="virtual" navigate={navigate} fallbackRedirectUrl="/done" />
)

const tasks = { redirectUrlComplete: '/done' } as const

export const journeys: Journey[] = [
  {
    name: 'password sign-in',
    config: { ...presets.emailPassword, users: [{ emailAddress: email, password, knownClient: true }] },
    render: signInOrUp,
    steps: [identifierStep('Email address', email), passwordStep()],
  },
  {
    name: 'email code sign-in',
    config: { ...presets.emailCode, users: [{ emailAddress: email }] },
    render: signInOrUp,
    steps: [identifierStep('Email address', email), codeStep('Check your email', email)],
  },
  {
    name: 'phone code sign-in',
    config: { ...presets.phoneCode, users: [{ phoneNumber: phone }] },
    render: signInOrUp,
    steps: [identifierStep('Phone number', phone), codeStep('Check your phone', phone)],
  },
  {
    name: 'sign-up with email verification (standard)',
    config: { ...presets.emailPassword, users: [] },
    render: signInOrUp,
    steps: [identifierStep('Email address', newEmail), passwordStep(), codeStep('Verify your email', newEmail)],
  },
  {
    name: 'signUpIfMissing transfer with legal consent',
    config: {
      ...presets.emailCode,
      instance: { ...presets.emailCode.instance, termsUrl: 'https://example.com/terms' },
    },
    render: signInOrUp,
    steps: [
      identifierStep('Email address', newEmail),
      codeStep('Check your email', newEmail),
      {
        heading: 'Complete your account',
        act: async ({ user }) => {
          const consent = screen.getByRole('checkbox', { name: /I agree/ }) as HTMLInputElement
          if (!consent.checked) await user.click(consent)
          await user.click(button('Continue')())
          return consent
        },
        control: button('Continue'),
      },
    ],
  },
  {
    name: 'password + TOTP (MFA)',
    config: {
      instance: { ...presets.emailPassword.instance, clientTrust: false, mfa: { strategies: ['totp'] } },
      users: [{ emailAddress: email, password, totp: { secret: totpSecret } }],
    },
    render: signInOrUp,
    steps: [
      identifierStep('Email address', email),
      passwordStep(),
      {
        heading: 'Two-step verification',
        act: typeCode(({ sandbox }) => sandbox.totpCode(totpSecret)),
        control: button('Verify'),
      },
    ],
  },
  {
    name: 'client trust (new device code)',
    config: { ...presets.emailPassword, users: [{ emailAddress: email, password }] },
    render: signInOrUp,
    steps: [identifierStep('Email address', email), passwordStep(), codeStep('Verify it’s you', email)],
  },
  {
    name: 'reset password',
    config: { ...presets.emailPassword, users: [{ emailAddress: email, password, knownClient: true }] },
    render: signInOrUp,
    steps: [
      identifierStep('Email address', email),
      {
        heading: 'Enter your password',
        act: async ({ user }) => {
          await user.click(button('Forgot password?')())
          return null
        },
        control: button('Forgot password?'),
      },
      codeStep('Reset your password', email),
      {
        heading: 'Set a new password',
        act: typeAndSubmit('New password', () => newPassword, 'label'),
        control: button('Reset password'),
      },
    ],
  },
  {
    name: 'choose-organization task: select',
    config: {
      ...presets.forcedOrganizations,
      organizations: [{ name: 'Acme' }],
      users: [{ emailAddress: email, organizations: ['acme'] }],
    },
    setup: (sandbox) => sandbox.startSession(email),
    render: (navigate) => <TaskChooseOrganization {...tasks} navigate={navigate} />,
    steps: [
      {
        heading: 'Choose an organization',
        act: async () => null,
        control: button('Acme'),
        background: { settled: (sandbox) => sandbox.requests.afterLoad().length >= 2 },
      },
      {
        heading: 'Choose an organization',
        act: async ({ user }) => {
          await user.click(button('Acme')())
          return null
        },
        control: button('Acme'),
      },
    ],
  },
  {
    name: 'choose-organization task: create',
    config: {
      instance: {
        ...presets.forcedOrganizations.instance,
        organizations: { enabled: true, forceSelection: true, domains: false },
      },
      users: [{ emailAddress: email }],
    },
    setup: (sandbox) => sandbox.startSession(email),
    render: (navigate) => <TaskChooseOrganization {...tasks} navigate={navigate} />,
    steps: [
      {
        // Nothing to choose from: the task is creating one.
        heading: 'Create an organization',
        act: typeAndSubmit('Organization name', () => 'Initech'),
        control: button('Create organization'),
      },
    ],
  },
  {
    name: 'reset-password task',
    config: {
      instance: { ...presets.emailPassword.instance, clientTrust: false },
      users: [{ emailAddress: email, password, passwordCompromised: true }],
    },
    setup: (sandbox) => sandbox.startSession(email),
    render: (navigate) => <TaskResetPassword {...tasks} navigate={navigate} />,
    steps: [
      {
        heading: 'Set a new password',
        act: typeAndSubmit('New password', () => newPassword, 'label'),
        control: button('Reset password'),
      },
    ],
  },
  {
    name: 'setup-mfa task',
    config: { ...presets.mfaRequired, users: [{ emailAddress: email, password }] },
    setup: (sandbox) => sandbox.startSession(email),
    render: (navigate) => <TaskSetupMFA {...tasks} navigate={navigate} />,
    steps: [
      {
        heading: 'Set up two-step verification',
        act: async ({ user }) => {
          await user.click(button('Set up authenticator app')())
          return null
        },
        control: button('Set up authenticator app'),
      },
      {
        heading: 'Set up two-step verification',
        act: typeCode(({ sandbox }) => sandbox.totpCode(secretOnScreen())),
        control: button('Verify'),
      },
      {
        heading: 'Set up two-step verification',
        act: async ({ user }) => {
          await user.click(button('I’ve saved my backup codes')())
          return null
        },
        control: button('I’ve saved my backup codes'),
      },
    ],
  },
]

/** The authenticator secret the setup-mfa task shows. */
function secretOnScreen() {
  return screen.getByText(/^[A-Z2-7]{16,}$/).textContent ?? ''
}
