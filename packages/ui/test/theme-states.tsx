// Test-only: every step and task state as a user first sees it, in the card the drop-ins render,
// on plain fixtures (no Clerk). One list for the Chromium theme checks (themes/theme.browser.test.tsx),
// their screenshot baselines, and Storybook's static "States" stories.
import type { ChooseOrganizationItem, SignInOrUpFlow } from '@flowkit/flows'
import { cloneElement, type ReactElement } from 'react'
import { SignInOrUpSteps } from '../src/drop-ins/sign-in-or-up-steps'
import { ChooseOrganizationTask } from '../src/tasks/choose-organization'
import { ResetPasswordTask } from '../src/tasks/reset-password'
import { SetupMfaTask } from '../src/tasks/setup-mfa'
import { tailwindCard } from '../themes/tailwind'
import {
  createChooseOrganization,
  createFlow,
  createMissingFields,
  createResetPasswordTask,
  createSetupMfa,
  fieldError,
  flowError,
  missingField,
} from './flow-fixture'

export interface ThemeState {
  /** kebab-case: the screenshot's name and the section's label. */
  name: string
  element: ReactElement<{ className?: string }>
  /** A main state: its screenshot is a committed baseline (no countdown or timer in it). */
  baseline?: true
}

/**
 * The state as a theme shows it. A task on its own page is its Root: the reference theme makes
 * that a card by itself, the Tailwind theme through the task's `className` (as its docs say).
 */
export function themedElement(state: ThemeState, theme: 'none' | 'reference' | 'tailwind') {
  const isTask = state.element.type !== SignInOrUpSteps
  return theme === 'tailwind' && isTask ? cloneElement(state.element, { className: tailwindCard }) : state.element
}

const google = { strategy: 'oauth_google', name: 'Google' }
const github = { strategy: 'oauth_github', name: 'GitHub' }
const apple = { strategy: 'oauth_apple', name: 'Apple' }
const microsoft = { strategy: 'oauth_microsoft', name: 'Microsoft' }
const emailCode = { name: 'first-factor', strategy: 'email_code', safeIdentifier: 'ada.lovelace@example.com' } as const
const organization = (id: string, name: string) => ({ id, name, slug: null, imageUrl: null })
const organizations: ChooseOrganizationItem[] = [
  { kind: 'membership', id: 'orgmem_1', organization: organization('org_1', 'Acme Rockets') },
  { kind: 'invitation', id: 'orginv_1', organization: organization('org_2', 'Globex Corporation') },
  { kind: 'suggestion', id: 'orgsug_1', organization: organization('org_3', 'Initech') },
]
const totp = {
  secret: 'JBSWY3DPEHPK3PXP',
  uri: 'otpauth://totp/Acme:ada.lovelace%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Acme',
}
const consent = {
  ...missingField('legal_accepted', 'checkbox', 'legalAccepted'),
  links: { termsUrl: 'https://example.com/terms', privacyPolicyUrl: 'https://example.com/privacy' },
}
const logo = (
  <svg viewBox="0 0 32 32" width="40" height="40" role="img" aria-label="Acme">
    <rect width="32" height="32" rx="8" fill="#4f46e5" />
    <path d="M9 22 16 9l7 13h-4l-3-6-3 6z" fill="#fff" />
  </svg>
)
const footer = (
  <p>
    Don’t have an account?{' '}
    <a data-flowkit-part="link" href="/sign-up">
      Sign up
    </a>
  </p>
)

/** The drop-in's card on `flow`. */
const card = (overrides: Partial<SignInOrUpFlow>, extra: { footer?: boolean } = {}) => (
  <SignInOrUpSteps
    flow={createFlow({ identifier: 'ada.lovelace@example.com', ...overrides })}
    logo={logo}
    footer={extra.footer ? <div data-flowkit-part="footer">{footer}</div> : undefined}
  />
)

export const themeStates: ThemeState[] = [
  { name: 'identifier', element: card({ socialProviders: [google, github] }, { footer: true }), baseline: true },
  { name: 'identifier-social-row', element: card({ socialProviders: [google, github, apple, microsoft] }) },
  {
    name: 'identifier-invalid',
    element: card({
      fieldErrors: { identifier: fieldError('identifier', 'invalid_input', 'Enter a valid email address.') },
    }),
  },
  { name: 'identifier-pending', element: card({ isPending: true, socialProviders: [google] }) },
  {
    name: 'identifier-rate-limited',
    element: card({ error: flowError('rate_limited', 'Too many attempts.', { retryAfterSeconds: 45 }) }),
  },
  {
    name: 'password',
    element: card({ step: { name: 'password' }, strategies: ['password', 'email_code'], canGoBack: true }),
  },
  {
    name: 'password-incorrect',
    element: card({
      step: { name: 'password' },
      canGoBack: true,
      fieldErrors: { password: fieldError('password', 'incorrect_password', 'Password is incorrect. Try again.') },
    }),
  },
  {
    name: 'code',
    element: card({ step: emailCode, strategies: ['email_code', 'password'], canGoBack: true }),
    baseline: true,
  },
  {
    name: 'code-cooldown',
    element: card({ step: emailCode, canGoBack: true, resendAvailableAt: Date.now() + 10 * 60_000 }),
  },
  {
    name: 'code-incorrect',
    element: card({
      step: emailCode,
      canGoBack: true,
      fieldErrors: { code: fieldError('code', 'incorrect_code', 'That code is incorrect.') },
    }),
  },
  {
    name: 'email-link',
    element: card({ step: { name: 'email-link', safeIdentifier: 'ada.lovelace@example.com' }, canGoBack: true }),
  },
  {
    name: 'choose-strategy',
    element: card({
      step: { name: 'choose-strategy', strategies: ['password', 'email_code', 'email_link'] },
      canGoBack: true,
    }),
  },
  {
    name: 'second-factor',
    element: card({
      step: { name: 'second-factor', strategy: 'totp', available: ['totp', 'phone_code', 'backup_code'] },
      canGoBack: true,
    }),
  },
  {
    name: 'second-factor-backup-code',
    element: card({ step: { name: 'second-factor', strategy: 'backup_code', available: ['totp', 'backup_code'] } }),
  },
  {
    name: 'client-trust',
    element: card({ step: { name: 'client-trust', strategy: 'email_code', safeIdentifier: 'a***@example.com' } }),
  },
  { name: 'new-password', element: card({ step: { name: 'new-password' } }) },
  {
    name: 'missing-requirements',
    element: card({
      step: { name: 'missing-requirements' },
      canGoBack: true,
      missingFields: createMissingFields({
        fields: [
          missingField('first_name', 'text', 'firstName'),
          missingField('last_name', 'text', 'lastName'),
          consent,
        ],
      }),
    }),
    baseline: true,
  },
  {
    name: 'missing-requirements-consent',
    element: card({
      step: { name: 'missing-requirements' },
      missingFields: createMissingFields({
        fields: [consent],
        errors: { legal_accepted: fieldError('legalAccepted', 'invalid_input', 'Accept the terms to continue.') },
      }),
    }),
  },
  { name: 'protect-check', element: card({ step: { name: 'protect-check', attempt: 'sign-in', challenge: null } }) },
  { name: 'complete', element: card({ step: { name: 'complete' } }) },
  {
    name: 'choose-organization',
    element: <ChooseOrganizationTask task={createChooseOrganization({ items: organizations, hasMore: true })} />,
    baseline: true,
  },
  { name: 'create-organization', element: <ChooseOrganizationTask task={createChooseOrganization()} /> },
  { name: 'reset-password-task', element: <ResetPasswordTask task={createResetPasswordTask()} /> },
  { name: 'setup-mfa-start', element: <SetupMfaTask task={createSetupMfa()} /> },
  {
    name: 'setup-mfa-verify',
    element: <SetupMfaTask task={createSetupMfa({ stage: 'verify', totp })} />,
    baseline: true,
  },
  {
    name: 'setup-mfa-backup-codes',
    element: (
      <SetupMfaTask
        task={createSetupMfa({
          stage: 'backup-codes',
          backupCodes: ['3f9k2m7q', 'h8w4n1xz', 'p6t2c9rb', 'm5v8d3ke', 'q1z7y4fa', 'b2r6u8nc', 'k9s3w5ld', 'x4e1j7gp'],
        })}
      />
    ),
  },
]
