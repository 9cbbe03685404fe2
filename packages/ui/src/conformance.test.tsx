import { render } from '@testing-library/react'
import { createElement, createRef, forwardRef, type ReactElement, type ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import {
  Checkbox,
  ChooseOrganizationTask,
  ChooseStrategyStep,
  CodeStep,
  EmailLinkStep,
  Field,
  FieldControl,
  FieldDescription,
  FieldError,
  FieldLabel,
  IdentifierStep,
  MissingRequirementsStep,
  type PartName,
  PasswordStep,
  ResetPasswordStep,
  ResetPasswordTask,
  SecondFactorStep,
  SetupMfaTask,
  SignInOrUpSteps,
} from './index'
import {
  createChooseOrganization,
  createFlow,
  createMissingFields,
  createResetPasswordTask,
  createSetupMfa,
  fieldError,
  flowError,
} from './test/flow-fixture'

// One test over every part (Base UI's conformance suite, in small): the ref reaches the element,
// `className` and the `classNames` map both land on it, unknown props are spread onto it, it
// carries its `data-flowkit-part`, and `asChild` renders the consumer's element instead.

type AnyProps = Record<string, unknown>
const mapped = 'from-class-names'

const codeFlow = createFlow({
  step: { name: 'first-factor', strategy: 'email_code', safeIdentifier: 'a***@example.com' },
  identifier: 'ada@example.com',
  strategies: ['email_code', 'password'],
  canGoBack: true,
  error: flowError('network', 'You are offline.'),
  fieldErrors: { code: fieldError('code', 'incorrect_code', 'That code is incorrect.') },
})
const passwordFlow = createFlow({ ...codeFlow, step: { name: 'password' } })
const identifierFlow = createFlow({
  fieldErrors: { identifier: fieldError('identifier', 'invalid_input', 'Enter an email address.') },
  error: flowError('rate_limited', 'Too many attempts.', { retryAfterSeconds: 30 }),
  socialProviders: [{ strategy: 'oauth_google', name: 'Google' }],
})
const secondFactorFlow = createFlow({
  step: { name: 'second-factor', strategy: 'phone_code', available: ['phone_code', 'totp'], safeIdentifier: '+1 ***' },
  canGoBack: true,
  error: flowError('network', 'You are offline.'),
})
const chooseStrategyFlow = createFlow({
  step: { name: 'choose-strategy', strategies: ['password', 'email_code'] },
  canGoBack: true,
})
const newPasswordFlow = createFlow({
  step: { name: 'new-password' },
  fieldErrors: { newPassword: fieldError('newPassword', 'weak_password', 'Too weak.') },
})
const organizations = createChooseOrganization({
  items: [
    { kind: 'membership', id: 'orgmem_1', organization: { id: 'org_1', name: 'Acme', slug: null, imageUrl: null } },
  ],
  hasMore: true,
})
const setupMfa = createSetupMfa({
  stage: 'verify',
  totp: { secret: 'JBSWY3DPEHPK3PXP', uri: 'otpauth://totp/Acme:ada?secret=JBSWY3DPEHPK3PXP' },
  backupCodes: ['abcd1234'],
})

interface Case {
  name: string
  part: PartName
  tag: string
  /** Renders the part with `props`, inside whatever it needs. */
  render(props: AnyProps): ReactElement
}

const inRoot = (Root: (props: AnyProps) => ReactNode, rootProps: AnyProps) => (part: ReactElement) =>
  createElement(Root, { ...rootProps, classNames: classNamesFor(part) }, part)

const parts: PartName[] = [
  'root',
  'drop-in',
  'title',
  'subtitle',
  'description',
  'field',
  'label',
  'input',
  'code-input',
  'checkbox',
  'link',
  'field-error',
  'alert',
  'submit',
  'back',
  'action',
  'resend',
  'social-buttons',
  'social-button',
  'strategies',
  'strategy',
  'organizations',
  'organization',
  'load-more',
  'secret',
  'backup-codes',
  'captcha',
  'status',
]

// Every part name maps to the same class, so one map works for any case.
function classNamesFor(_: unknown) {
  return Object.fromEntries(parts.map((part) => [part, mapped]))
}

function partCase(
  name: string,
  part: PartName,
  tag: string,
  Part: unknown,
  wrap: (element: ReactElement) => ReactElement,
): Case {
  return { name, part, tag, render: (props) => wrap(createElement(Part as (p: AnyProps) => ReactNode, props)) }
}

function rootCase(name: string, tag: string, Root: unknown, rootProps: AnyProps, part: PartName = 'root'): Case {
  return {
    name,
    part,
    tag,
    render: (props) =>
      createElement(Root as (p: AnyProps) => ReactNode, { ...rootProps, classNames: classNamesFor(null), ...props }),
  }
}

const code = inRoot(CodeStep.Root as never, { flow: codeFlow })
const password = inRoot(PasswordStep.Root as never, { flow: passwordFlow })
const identifier = inRoot(IdentifierStep.Root as never, { flow: identifierFlow })
const secondFactor = inRoot(SecondFactorStep.Root as never, { flow: secondFactorFlow })
const chooseStrategy = inRoot(ChooseStrategyStep.Root as never, { flow: chooseStrategyFlow })
const newPassword = inRoot(ResetPasswordStep.Root as never, { flow: newPasswordFlow })
const chooseOrganization = inRoot(ChooseOrganizationTask.Root as never, { task: organizations })
const mfa = inRoot(SetupMfaTask.Root as never, { task: setupMfa })
const missing = inRoot(MissingRequirementsStep.Root as never, { missingFields: createMissingFields() })
const field = (element: ReactElement) =>
  inRoot(CodeStep.Root as never, { flow: codeFlow })(
    createElement(Field, { name: 'nickname', error: flowError('invalid_input', 'Pick another.') }, element),
  )

// A part with some props fixed; a forwardRef so React 18 passes the ref through too.
const withProps = (Part: unknown, fixed: AnyProps) =>
  forwardRef((props: AnyProps, ref) => createElement(Part as (p: AnyProps) => ReactNode, { ...props, ...fixed, ref }))

const cases: Case[] = [
  rootCase('IdentifierStep.Root', 'FORM', IdentifierStep.Root, { flow: identifierFlow }),
  rootCase('PasswordStep.Root', 'FORM', PasswordStep.Root, { flow: passwordFlow }),
  rootCase('CodeStep.Root', 'FORM', CodeStep.Root, { flow: codeFlow }),
  rootCase('SecondFactorStep.Root', 'FORM', SecondFactorStep.Root, { flow: secondFactorFlow }),
  rootCase('ChooseStrategyStep.Root', 'FORM', ChooseStrategyStep.Root, { flow: chooseStrategyFlow }),
  rootCase('EmailLinkStep.Root', 'FORM', EmailLinkStep.Root, {
    flow: createFlow({ step: { name: 'email-link', safeIdentifier: 'a***' } }),
  }),
  rootCase('ResetPasswordStep.Root', 'FORM', ResetPasswordStep.Root, { flow: newPasswordFlow }),
  rootCase('MissingRequirementsStep.Root', 'FORM', MissingRequirementsStep.Root, {
    missingFields: createMissingFields(),
  }),
  rootCase('ChooseOrganizationTask.Root', 'FORM', ChooseOrganizationTask.Root, { task: organizations }),
  rootCase('ResetPasswordTask.Root', 'FORM', ResetPasswordTask.Root, { task: createResetPasswordTask() }),
  rootCase('SetupMfaTask.Root', 'FORM', SetupMfaTask.Root, { task: setupMfa }),
  rootCase('SignInOrUpSteps', 'DIV', SignInOrUpSteps, { flow: codeFlow }, 'drop-in'),
  partCase('Title', 'title', 'H1', CodeStep.Title, code),
  partCase('Subtitle', 'subtitle', 'P', CodeStep.Subtitle, code),
  partCase('Alert', 'alert', 'DIV', CodeStep.Alert, code),
  partCase('Submit', 'submit', 'BUTTON', CodeStep.Submit, code),
  partCase('FieldError', 'field-error', 'P', CodeStep.Error, code),
  partCase('CodeStep.Label', 'label', 'LABEL', CodeStep.Label, code),
  partCase('CodeStep.Input', 'code-input', 'INPUT', CodeStep.Input, code),
  partCase('Resend', 'resend', 'BUTTON', CodeStep.Resend, code),
  partCase('Back', 'back', 'BUTTON', CodeStep.Back, code),
  partCase('AnotherMethod', 'action', 'BUTTON', CodeStep.AnotherMethod, code),
  partCase('IdentifierStep.Label', 'label', 'LABEL', IdentifierStep.Label, identifier),
  partCase('IdentifierStep.Input', 'input', 'INPUT', IdentifierStep.Input, identifier),
  partCase('SocialButtons', 'social-buttons', 'DIV', IdentifierStep.SocialButtons, identifier),
  partCase('PasswordStep.Label', 'label', 'LABEL', PasswordStep.Label, password),
  partCase('PasswordStep.Input', 'input', 'INPUT', PasswordStep.Input, password),
  partCase('ForgotPassword', 'action', 'BUTTON', PasswordStep.ForgotPassword, password),
  partCase('SecondFactorStep.Label', 'label', 'LABEL', SecondFactorStep.Label, secondFactor),
  partCase('SecondFactorStep.Input', 'code-input', 'INPUT', SecondFactorStep.Input, secondFactor),
  partCase('SecondFactorStep.Resend', 'resend', 'BUTTON', SecondFactorStep.Resend, secondFactor),
  partCase('Strategies', 'strategies', 'DIV', ChooseStrategyStep.Strategies, chooseStrategy),
  partCase('ResetPasswordStep.Label', 'label', 'LABEL', ResetPasswordStep.Label, newPassword),
  partCase('ResetPasswordStep.Input', 'input', 'INPUT', ResetPasswordStep.Input, newPassword),
  partCase('SignOutOthers', 'checkbox', 'INPUT', ResetPasswordStep.SignOutOthers, newPassword),
  partCase(
    'MissingRequirementsStep.Field',
    'field',
    'DIV',
    withProps(MissingRequirementsStep.Field, { descriptor: createMissingFields().fields[0] }),
    missing,
  ),
  partCase('Organizations', 'organizations', 'UL', ChooseOrganizationTask.Organizations, chooseOrganization),
  partCase('LoadMore', 'load-more', 'BUTTON', ChooseOrganizationTask.LoadMore, chooseOrganization),
  partCase('ChooseOrganizationTask.Input', 'input', 'INPUT', ChooseOrganizationTask.Input, chooseOrganization),
  partCase('Secret', 'secret', 'DIV', SetupMfaTask.Secret, mfa),
  partCase('BackupCodes', 'backup-codes', 'UL', SetupMfaTask.BackupCodes, mfa),
  partCase('Field', 'field', 'DIV', withProps(Field, { name: 'nickname' }), code),
  partCase('FieldLabel', 'label', 'LABEL', FieldLabel, field),
  partCase('FieldControl', 'input', 'INPUT', FieldControl, field),
  partCase('FieldDescription', 'description', 'P', FieldDescription, field),
  partCase('FieldError (own field)', 'field-error', 'P', FieldError, field),
  partCase('Checkbox', 'checkbox', 'INPUT', withProps(Checkbox, { label: 'Remember me' }), code),
]

// The part under test is the one carrying the consumer's marker prop.
const find = (container: HTMLElement, part: PartName) =>
  container.querySelector<HTMLElement>(`[data-flowkit-part="${part}"][data-consumer]`)

describe.each(cases)('$name', ({ part, tag, render: renderPart }) => {
  it('forwards its ref, merges className with classNames, spreads props and marks its part', () => {
    const ref = createRef<HTMLElement>()
    const { container } = render(renderPart({ ref, className: 'mine', 'data-consumer': '', title: 'spread' }))
    const element = find(container, part)
    expect(element?.tagName).toBe(tag)
    expect(ref.current).toBe(element)
    expect(element).toHaveClass('mine', mapped)
    expect(element).toHaveAttribute('title', 'spread')
  })

  it('renders the consumer’s element with asChild', () => {
    const child = createElement(tag === 'INPUT' ? 'input' : 'section', { 'data-consumer': '', className: 'theirs' })
    const { container } = render(renderPart({ asChild: true, children: child, className: 'mine' }))
    const element = find(container, part)
    expect(element?.tagName).toBe(tag === 'INPUT' ? 'INPUT' : 'SECTION')
    expect(element).toHaveClass('mine', 'theirs', mapped)
  })
})
