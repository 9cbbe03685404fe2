// Test-only: every step and task in the states that set each data attribute of the vocabulary,
// for src/conformance.test.tsx, which checks every part rendered against its row of the table and
// that each attribute of a row is seen somewhere (so the table claims nothing Flowkit never sets).
import type { ReactElement } from 'react'
import {
  ChooseOrganizationTask,
  CodeStep,
  EnterpriseSsoStep,
  Field,
  FieldControl,
  FieldDescription,
  FieldLabel,
  MissingRequirementsStep,
  ProtectCheckStep,
  ResetPasswordStep,
  SetupMfaTask,
  SignInOrUpSteps,
  WaitlistStep,
} from '../src/index'
import {
  createChooseOrganization,
  createFlow,
  createMissingFields,
  createSetupMfa,
  createWaitlist,
  fieldError,
  flowError,
  missingField,
} from './flow-fixture'

const organization = (id: string, name: string) => ({ id, name, slug: null, imageUrl: null })
const totp = { secret: 'JBSWY3DPEHPK3PXP', uri: 'otpauth://totp/Acme:ada?secret=JBSWY3DPEHPK3PXP' }
const error = flowError('server', 'Server error. Try again.')

export const scenes: Array<[string, ReactElement]> = [
  [
    'identifier: pending, passkeys offered and used last',
    <SignInOrUpSteps
      key="passkeys"
      flow={createFlow({ isPending: true, offers: () => true, lastStrategy: 'passkey' })}
    />,
  ],
  [
    'code: sent by SMS, WhatsApp offered, pending',
    <CodeStep
      key="whatsapp"
      flow={createFlow({
        step: { name: 'first-factor', strategy: 'phone_code', safeIdentifier: '+1 ***' },
        identifier: '+15555550100',
        isPending: true,
        offers: () => true,
      })}
    />,
  ],
  [
    'new password: typed, a rule met, strength',
    <ResetPasswordStep.Root key="hint" flow={createFlow({ step: { name: 'new-password' } })}>
      <ResetPasswordStep.Input defaultValue="long-enough" />
      <ResetPasswordStep.Hint />
    </ResetPasswordStep.Root>,
  ],
  [
    'protect check: the challenge running',
    <ProtectCheckStep
      key="protect"
      flow={createFlow({
        step: {
          name: 'protect-check',
          attempt: 'sign-up',
          challenge: { token: 'pchk_1.harbor', sdkUrl: 'https://clerk.example.com/v1/protect/sdk.js' },
        },
      })}
      loadProtectScript={async () => ({ default: () => new Promise<string>(() => {}) })}
    />,
  ],
  [
    'identifier: pending, refused, social, captcha',
    <SignInOrUpSteps
      key="identifier"
      logo={<img src="data:," alt="Acme" />}
      flow={createFlow({
        isPending: true,
        captchaRequired: true,
        error,
        socialProviders: [{ strategy: 'oauth_google', name: 'Google' }],
        fieldErrors: { identifier: fieldError('identifier', 'invalid_input', 'Enter an email address.') },
      })}
    />,
  ],
  [
    'code: disabled, refused, resend waiting',
    <CodeStep
      key="code"
      flow={createFlow({
        step: { name: 'first-factor', strategy: 'phone_code', safeIdentifier: '+1 ***' },
        strategies: ['phone_code', 'password'],
        canGoBack: true,
        resendAvailableAt: Date.now() + 60_000,
        fieldErrors: { code: fieldError('code', 'incorrect_code', 'That code is incorrect.') },
      })}
      disabled
    />,
  ],
  [
    'password: another method, forgot password, back',
    <SignInOrUpSteps
      key="password"
      flow={createFlow({ step: { name: 'password' }, strategies: ['password', 'email_code'], canGoBack: true })}
    />,
  ],
  [
    'second factor: the other methods, resend ready',
    <SignInOrUpSteps
      key="second-factor"
      flow={createFlow({
        step: {
          name: 'second-factor',
          strategy: 'email_code',
          available: ['email_code', 'totp'],
          safeIdentifier: 'a***',
        },
      })}
    />,
  ],
  [
    'choose strategy',
    <SignInOrUpSteps
      key="choose"
      // The identifier the user typed: the buttons name where a code or link goes.
      flow={createFlow({
        identifier: 'ada@example.com',
        step: { name: 'choose-strategy', strategies: ['email_link'] },
      })}
    />,
  ],
  [
    'email link',
    <SignInOrUpSteps key="email-link" flow={createFlow({ step: { name: 'email-link', safeIdentifier: 'a***' } })} />,
  ],
  [
    'new password, refused',
    <ResetPasswordStep
      key="new-password"
      flow={createFlow({
        step: { name: 'new-password' },
        fieldErrors: { newPassword: fieldError('newPassword', 'weak_password', 'Too weak.') },
      })}
    />,
  ],
  [
    'missing requirements: consent refused, links',
    <MissingRequirementsStep
      key="missing"
      missingFields={createMissingFields({
        fields: [
          missingField('first_name', 'text', 'firstName'),
          {
            ...missingField('legal_accepted', 'checkbox', 'legalAccepted'),
            links: { termsUrl: 'https://example.com/terms', privacyPolicyUrl: 'https://example.com/privacy' },
          },
        ],
        errors: { legal_accepted: fieldError('legalAccepted', 'invalid_input', 'Accept the terms to continue.') },
      })}
      disabled
    />,
  ],
  [
    'choose organization: every kind, pending, loading more',
    <ChooseOrganizationTask
      key="organizations"
      task={createChooseOrganization({
        isPending: true,
        hasMore: true,
        isLoadingMore: true,
        items: [
          { kind: 'membership', id: 'orgmem_1', organization: organization('org_1', 'Acme') },
          { kind: 'invitation', id: 'orginv_1', organization: organization('org_2', 'Globex') },
          { kind: 'suggestion', id: 'orgsug_1', organization: organization('org_3', 'Initech') },
        ],
        error: fieldError('organizationName', 'invalid_input', 'Name taken.'),
      })}
    />,
  ],
  [
    'choose organization: a search that finds nothing',
    <ChooseOrganizationTask
      key="search"
      task={createChooseOrganization({ searchable: true, query: 'globex', items: [] })}
    />,
  ],
  [
    'setup-mfa: the methods, then a number to pick (one pending)',
    <div key="start">
      <SetupMfaTask task={createSetupMfa({ methods: ['totp', 'phone_code'] })} />
      <SetupMfaTask
        task={createSetupMfa({
          stage: 'phone',
          method: 'phone_code',
          isPending: true,
          phoneNumbers: [{ id: 'idn_1', phoneNumber: '+15555550100' }],
        })}
      />
    </div>,
  ],
  ['setup-mfa: verify', <SetupMfaTask key="verify" task={createSetupMfa({ stage: 'verify', method: 'totp', totp })} />],
  [
    'choose organization: the form closed behind its button',
    <ChooseOrganizationTask
      key="organizations-closed"
      task={createChooseOrganization({
        items: [{ kind: 'membership', id: 'orgmem_1', organization: organization('org_1', 'Acme') }],
      })}
    />,
  ],
  [
    'setup-mfa: backup codes',
    <SetupMfaTask key="backup-codes" task={createSetupMfa({ stage: 'backup-codes', backupCodes: ['abcd1234'] })} />,
  ],
  [
    'a field of the consumer’s, described',
    <Field key="field" name="nickname">
      <FieldLabel>Nickname</FieldLabel>
      <FieldControl />
      <FieldDescription>Shown to your team.</FieldDescription>
    </Field>,
  ],
  [
    'enterprise sso: pending, refused',
    <EnterpriseSsoStep
      key="enterprise-sso"
      flow={createFlow({
        step: { name: 'enterprise-sso', connections: [{ id: 'ent_1', name: 'Acme Okta' }] },
        isPending: true,
        canGoBack: true,
        error: flowError('sso_refused', 'Your organization’s sign-in refused access.'),
      })}
    />,
  ],
  [
    'waitlist: refused, pending',
    <WaitlistStep
      key="waitlist"
      waitlist={createWaitlist({
        isPending: true,
        error,
        fieldError: fieldError('emailAddress', 'invalid_input', 'Enter a valid email address.'),
      })}
    />,
  ],
  [
    'sign-up closed: by invitation only, an expired invitation',
    <SignInOrUpSteps
      key="sign-up-closed"
      flow={createFlow({
        intent: 'sign-up',
        signUpMode: 'restricted',
        error: flowError('invitation_expired', 'This invitation has expired.'),
      })}
    />,
  ],
  [
    'protect check, complete',
    <div key="status">
      <ProtectCheckStep
        flow={createFlow({
          step: { name: 'protect-check', attempt: 'sign-in', challenge: null },
          captchaRequired: true,
        })}
      />
      <SignInOrUpSteps flow={createFlow({ step: { name: 'complete' } })} />
    </div>,
  ],
]
