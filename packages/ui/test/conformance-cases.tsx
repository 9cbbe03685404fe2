// Test-only: every public part of @flowkit/ui, rendered inside what it needs, for
// src/conformance.test.tsx. Each render builds fresh fixtures whose verbs are spies, so a case can
// tell whether the part's own behaviour ran.
import type { ChooseOrganizationItem, SignInOrUpFlow } from '@flowkit/flows'
import type { UserEvent } from '@testing-library/user-event'
import { createElement, forwardRef, type ReactElement, type ReactNode } from 'react'
import { type Mock, vi } from 'vitest'
import { Status } from '../src/drop-ins/status'
import {
  Checkbox,
  ChooseOrganizationTask,
  ChooseStrategyStep,
  CodeStep,
  EditIdentifier,
  EmailLinkStep,
  EnterpriseSsoStep,
  Field,
  FieldControl,
  FieldDescription,
  FieldError,
  FieldLabel,
  IdentifierStep,
  LastUsed,
  MissingRequirementsStep,
  type PartName,
  PasswordHint,
  PasswordStep,
  ProtectCheckStep,
  ResetPasswordStep,
  ResetPasswordTask,
  SecondFactorStep,
  SetupMfaTask,
  SignInOrUpSteps,
  SocialButton,
  Strategy,
  WaitlistStep,
} from '../src/index'
import { PARTS } from '../src/primitives/data-attributes'
import { Link } from '../src/primitives/link'
import { UiScope } from '../src/primitives/ui-options'
import { ProtectRunContext } from '../src/steps/protect-check/protect-check-step-root'
import {
  createChooseOrganization,
  createFlow,
  createMissingFields,
  createResetPasswordTask,
  createSetupMfa,
  createWaitlist,
  fieldError,
  flowError,
} from './flow-fixture'

type AnyProps = Record<string, unknown>
type Component = (props: AnyProps) => ReactNode

/** The class every part gets from `classNames` in these cases. */
export const mapped = 'from-class-names'
const classNames = Object.fromEntries(Object.keys(PARTS).map((part) => [part, mapped]))

/** A part's own behaviour, for the handler checks: the handler it composes, and how a user sets it off. */
export interface Behaviour {
  handler: 'onClick' | 'onPaste' | 'onSubmit'
  /** Clicks, pastes into or submits `element`, as a user would. */
  act(element: HTMLElement, user: UserEvent): Promise<void>
}

export interface Case {
  name: string
  part: PartName
  tag: string
  /** Renders the part with `props`; `ran` says whether its own behaviour (a verb, a new value) ran. */
  render(props: AnyProps): { ui: ReactElement; ran(): boolean }
  behaviour?: Behaviour
}

const click: Behaviour = { handler: 'onClick', act: (element, user) => user.click(element) }
// A Root rendered alone has no submit button: submit it as Enter in one of its fields would.
const submit: Behaviour = { handler: 'onSubmit', act: async (element) => (element as HTMLFormElement).requestSubmit() }
const paste: Behaviour = {
  handler: 'onPaste',
  act: async (element, user) => {
    await user.click(element)
    await user.paste('Your code is 123 456')
  },
}

const called = (spy: Mock) => () => spy.mock.calls.length > 0

// Flows in the states that show every part, their verbs spies.
const codeFlow = (overrides: Partial<SignInOrUpFlow> = {}) =>
  createFlow({
    step: { name: 'first-factor', strategy: 'email_code', safeIdentifier: 'a***@example.com' },
    identifier: 'ada@example.com',
    strategies: ['email_code', 'password'],
    canGoBack: true,
    error: flowError('network', 'You are offline.'),
    fieldErrors: { code: fieldError('code', 'incorrect_code', 'That code is incorrect.') },
    submitCode: vi.fn(async () => {}),
    resendCode: vi.fn(async () => {}),
    chooseAnotherMethod: vi.fn(),
    back: vi.fn(),
    ...overrides,
  })
const passwordFlow = () =>
  codeFlow({ step: { name: 'password' }, submitPassword: vi.fn(async () => {}), forgotPassword: vi.fn(async () => {}) })
const identifierFlow = () =>
  createFlow({
    fieldErrors: { identifier: fieldError('identifier', 'invalid_input', 'Enter an email address.') },
    error: flowError('rate_limited', 'Too many attempts.', { retryAfterSeconds: 30 }),
    socialProviders: [{ strategy: 'oauth_google', name: 'Google' }],
    lastStrategy: 'oauth_google',
    // Passkeys (the button) are offered; the browser has WebAuthn in the conformance test.
    offers: () => true,
    submitIdentifier: vi.fn(async () => {}),
    signInWithProvider: vi.fn(async () => {}),
    start: vi.fn(async () => {}),
  })
const whatsAppFlow = () =>
  codeFlow({
    step: { name: 'first-factor', strategy: 'phone_code', safeIdentifier: '+1 ***' },
    offers: () => true,
  })
const protectFlow = () =>
  createFlow({
    step: {
      name: 'protect-check',
      attempt: 'sign-in',
      challenge: { token: 'pchk_1.harbor', sdkUrl: 'https://clerk.example.com/v1/protect/sdk.js' },
    },
  })
/** A script that never answers: the challenge stays running (what the step looks like meanwhile). */
const neverAnswers = async () => ({ default: () => new Promise<string>(() => {}) })
/** The protect step's run after its script failed to load: Retry shows. */
const failedRun = (retry: () => void) => ({
  load: neverAnswers,
  runs: 0,
  running: false,
  failed: true,
  setState: () => {},
  retry,
})
const secondFactorFlow = () =>
  createFlow({
    step: {
      name: 'second-factor',
      strategy: 'phone_code',
      available: ['phone_code', 'totp'],
      safeIdentifier: '+1 ***',
    },
    canGoBack: true,
    error: flowError('network', 'You are offline.'),
    submitCode: vi.fn(async () => {}),
    chooseSecondFactor: vi.fn(async () => {}),
  })
const chooseStrategyFlow = () =>
  createFlow({
    step: { name: 'choose-strategy', strategies: ['password', 'email_code'] },
    canGoBack: true,
    chooseStrategy: vi.fn(async () => {}),
  })
const newPasswordFlow = () =>
  createFlow({
    step: { name: 'new-password' },
    fieldErrors: { newPassword: fieldError('newPassword', 'weak_password', 'Too weak.') },
    submitNewPassword: vi.fn(async () => {}),
  })
const okta = { id: 'ent_1', name: 'Acme Okta' }
const enterpriseFlow = () =>
  createFlow({
    step: { name: 'enterprise-sso', connections: [okta, { id: 'ent_2', name: 'Acme Entra' }] },
    identifier: 'ada@acme.com',
    canGoBack: true,
    error: flowError('sso_refused', 'Your organization’s sign-in refused access.'),
    start: vi.fn(async () => {}),
  })
const waitlistSource = () =>
  createWaitlist({
    emailAddress: 'grace@example.com',
    fieldError: fieldError('emailAddress', 'invalid_input', 'Enter a valid email address.'),
    join: vi.fn(async () => {}),
  })
const acme: ChooseOrganizationItem = {
  kind: 'membership',
  id: 'orgmem_1',
  organization: { id: 'org_1', name: 'Acme', slug: null, imageUrl: null },
}
const organizations = () =>
  createChooseOrganization({
    items: [acme],
    hasMore: true,
    select: vi.fn(async () => {}),
    loadMore: vi.fn(async () => {}),
    create: vi.fn(async () => {}),
  })
const searching = () => createChooseOrganization({ searchable: true, query: 'globex', items: [] })
const totp = { secret: 'JBSWY3DPEHPK3PXP', uri: 'otpauth://totp/Acme:ada?secret=JBSWY3DPEHPK3PXP' }
const setupMfa = () =>
  createSetupMfa({
    stage: 'verify',
    method: 'totp',
    totp,
    backupCodes: ['abcd1234'],
    canGoBack: true,
    verify: vi.fn(async () => {}),
    back: vi.fn(),
  })
const mfaStart = () => createSetupMfa({ methods: ['totp', 'phone_code'], start: vi.fn(async () => {}) })
const mfaPhone = () =>
  createSetupMfa({
    stage: 'phone',
    method: 'phone_code',
    phoneNumbers: [{ id: 'idn_1', phoneNumber: '+15555550100' }],
    choosePhoneNumber: vi.fn(async () => {}),
  })

/** A Root on a fresh source, with `part` inside it. */
function inRoot<Source>(Root: unknown, sourceProp: string, source: () => Source, verb?: (source: Source) => Mock) {
  return (part: ReactElement) => {
    const value = source()
    const ui = createElement(Root as Component, { [sourceProp]: value, classNames }, part)
    return { ui, ran: verb ? called(verb(value)) : () => false }
  }
}

function partCase(
  name: string,
  part: PartName,
  tag: string,
  Part: unknown,
  wrap: (element: ReactElement) => { ui: ReactElement; ran(): boolean },
  behaviour?: Behaviour,
): Case {
  return { name, part, tag, behaviour, render: (props) => wrap(createElement(Part as Component, props)) }
}

function rootCase<Source>(
  name: string,
  tag: string,
  Root: unknown,
  sourceProp: string,
  source: () => Source,
  verb?: (source: Source) => Mock,
): Case {
  return {
    name,
    part: 'root',
    tag,
    behaviour: verb && submit,
    render: (props) => {
      const value = source()
      const ui = createElement(Root as Component, { [sourceProp]: value, classNames, ...props })
      return { ui, ran: verb ? called(verb(value)) : () => false }
    },
  }
}

// A part with some props fixed; a forwardRef so React 18 passes the ref through too.
const withProps = (Part: unknown, fixed: AnyProps) =>
  forwardRef((props: AnyProps, ref) => createElement(Part as Component, { ...props, ...fixed, ref }))

const code = inRoot(CodeStep.Root, 'flow', codeFlow)
const protectCheck = (element: ReactElement) => {
  const ui = createElement(
    ProtectCheckStep.Root,
    { flow: protectFlow(), classNames, loadProtectScript: neverAnswers },
    element,
  )
  return { ui, ran: () => false }
}
/** Retry inside a protect step whose script failed; `ran` is whether it asked for another run. */
const failedProtectCheck = (element: ReactElement) => {
  const retry = vi.fn()
  const inner = createElement(ProtectRunContext.Provider, { value: failedRun(retry) }, element)
  return { ui: createElement(ProtectCheckStep.Root, { flow: protectFlow(), classNames }, inner), ran: called(retry) }
}
const password = inRoot(PasswordStep.Root, 'flow', passwordFlow)
const identifier = inRoot(IdentifierStep.Root, 'flow', identifierFlow)
const secondFactor = inRoot(SecondFactorStep.Root, 'flow', secondFactorFlow)
const chooseStrategy = inRoot(ChooseStrategyStep.Root, 'flow', chooseStrategyFlow)
const newPassword = inRoot(ResetPasswordStep.Root, 'flow', newPasswordFlow)
const chooseOrganization = inRoot(ChooseOrganizationTask.Root, 'task', organizations)
const mfa = inRoot(SetupMfaTask.Root, 'task', setupMfa)
const missing = inRoot(MissingRequirementsStep.Root, 'missingFields', () => createMissingFields())
const enterprise = inRoot(EnterpriseSsoStep.Root, 'flow', enterpriseFlow)
const waitlist = inRoot(WaitlistStep.Root, 'waitlist', waitlistSource)
const field = (element: ReactElement) =>
  code(createElement(Field, { name: 'nickname', error: flowError('invalid_input', 'Pick another.') }, element))
const scoped = (element: ReactElement) => ({ ui: createElement(UiScope, { classNames }, element), ran: () => false })

/** The code input's own onPaste takes the code out of a pasted message. */
const codeInput = (element: ReactElement) => ({
  ...code(element),
  ran: () => document.querySelector<HTMLInputElement>('input[name="code"]')?.value === '123456',
})

const withVerb =
  <Source,>(Root: unknown, sourceProp: string, source: () => Source) =>
  (verb: (source: Source) => unknown) =>
    inRoot(Root, sourceProp, source, (value) => verb(value) as Mock)
const codeVerb = withVerb(CodeStep.Root, 'flow', codeFlow)

export const cases: Case[] = [
  rootCase(
    'IdentifierStep.Root',
    'FORM',
    IdentifierStep.Root,
    'flow',
    identifierFlow,
    (flow) => flow.submitIdentifier as Mock,
  ),
  rootCase('PasswordStep.Root', 'FORM', PasswordStep.Root, 'flow', passwordFlow, (flow) => flow.submitPassword as Mock),
  rootCase('CodeStep.Root', 'FORM', CodeStep.Root, 'flow', codeFlow, (flow) => flow.submitCode as Mock),
  rootCase(
    'SecondFactorStep.Root',
    'FORM',
    SecondFactorStep.Root,
    'flow',
    secondFactorFlow,
    (flow) => flow.submitCode as Mock,
  ),
  rootCase('ChooseStrategyStep.Root', 'DIV', ChooseStrategyStep.Root, 'flow', chooseStrategyFlow),
  rootCase('EmailLinkStep.Root', 'DIV', EmailLinkStep.Root, 'flow', () =>
    createFlow({ step: { name: 'email-link', safeIdentifier: 'a***' } }),
  ),
  rootCase(
    'ResetPasswordStep.Root',
    'FORM',
    ResetPasswordStep.Root,
    'flow',
    newPasswordFlow,
    (flow) => flow.submitNewPassword as Mock,
  ),
  rootCase(
    'MissingRequirementsStep.Root',
    'FORM',
    MissingRequirementsStep.Root,
    'missingFields',
    () => createMissingFields({ submit: vi.fn(async () => {}) }),
    (fields) => fields.submit as Mock,
  ),
  rootCase(
    'ChooseOrganizationTask.Root',
    'FORM',
    ChooseOrganizationTask.Root,
    'task',
    organizations,
    (task) => task.create as Mock,
  ),
  rootCase(
    'ResetPasswordTask.Root',
    'FORM',
    ResetPasswordTask.Root,
    'task',
    () => createResetPasswordTask({ submit: vi.fn(async () => {}) }),
    (task) => task.submit as Mock,
  ),
  rootCase('SetupMfaTask.Root', 'FORM', SetupMfaTask.Root, 'task', setupMfa, (task) => task.verify as Mock),
  rootCase('EnterpriseSsoStep.Root', 'DIV', EnterpriseSsoStep.Root, 'flow', enterpriseFlow),
  rootCase('WaitlistStep.Root', 'FORM', WaitlistStep.Root, 'waitlist', waitlistSource, (source) => source.join as Mock),
  { ...rootCase('SignInOrUpSteps', 'DIV', SignInOrUpSteps, 'flow', codeFlow), part: 'drop-in' },
  partCase('Title', 'title', 'H1', CodeStep.Title, code),
  partCase('Subtitle', 'subtitle', 'P', CodeStep.Subtitle, code),
  partCase('Alert', 'alert', 'DIV', CodeStep.Alert, code),
  partCase(
    'Submit',
    'submit',
    'BUTTON',
    CodeStep.Submit,
    codeVerb((flow) => flow.submitCode),
    click,
  ),
  partCase('CodeStep.Error', 'field-error', 'P', CodeStep.Error, code),
  partCase('CodeStep.Label', 'label', 'LABEL', CodeStep.Label, code),
  partCase('CodeStep.Input', 'code-input', 'INPUT', CodeStep.Input, codeInput, paste),
  partCase(
    'Resend',
    'resend',
    'BUTTON',
    CodeStep.Resend,
    codeVerb((flow) => flow.resendCode),
    click,
  ),
  partCase(
    'Back',
    'back',
    'BUTTON',
    CodeStep.Back,
    codeVerb((flow) => flow.back),
    click,
  ),
  partCase(
    'AnotherMethod',
    'another-method',
    'BUTTON',
    CodeStep.AnotherMethod,
    codeVerb((flow) => flow.chooseAnotherMethod),
    click,
  ),
  partCase('IdentifierStep.Label', 'label', 'LABEL', IdentifierStep.Label, identifier),
  partCase('IdentifierStep.Input', 'input', 'INPUT', IdentifierStep.Input, identifier),
  partCase('IdentifierStep.Divider', 'divider', 'DIV', IdentifierStep.Divider, identifier),
  partCase('SocialButtons', 'social-buttons', 'DIV', IdentifierStep.SocialButtons, identifier),
  partCase(
    'IdentifierStep.Passkey',
    'passkey-button',
    'BUTTON',
    IdentifierStep.Passkey,
    withVerb(IdentifierStep.Root, 'flow', identifierFlow)((flow) => flow.start),
    click,
  ),
  partCase('LastUsed', 'last-used', 'SPAN', withProps(LastUsed, { strategy: 'oauth_google' }), identifier),
  partCase(
    'EditIdentifier',
    'edit-identifier',
    'BUTTON',
    EditIdentifier,
    withVerb(CodeStep.Root, 'flow', () => codeFlow({ startOver: vi.fn() }))((flow) => flow.startOver),
    click,
  ),
  partCase(
    'CodeStep.SendWithWhatsApp',
    'send-with-whatsapp',
    'BUTTON',
    CodeStep.SendWithWhatsApp,
    withVerb(CodeStep.Root, 'flow', whatsAppFlow)((flow) => flow.resendCode),
    click,
  ),
  rootCase('ProtectCheckStep.Root', 'DIV', ProtectCheckStep.Root, 'flow', protectFlow),
  partCase('ProtectCheckStep.Challenge', 'protect-challenge', 'DIV', ProtectCheckStep.Challenge, protectCheck),
  partCase('ProtectCheckStep.Retry', 'retry', 'BUTTON', ProtectCheckStep.Retry, failedProtectCheck, click),
  partCase(
    'SocialButton',
    'social-button',
    'BUTTON',
    withProps(SocialButton, { provider: { strategy: 'oauth_github', name: 'GitHub' } }),
    withVerb(IdentifierStep.Root, 'flow', identifierFlow)((flow) => flow.signInWithProvider),
    click,
  ),
  partCase('PasswordStep.Label', 'label', 'LABEL', PasswordStep.Label, password),
  partCase('PasswordStep.Input', 'input', 'INPUT', PasswordStep.Input, password),
  partCase(
    'PasswordStep.ForgotPassword',
    'forgot-password',
    'BUTTON',
    PasswordStep.ForgotPassword,
    withVerb(PasswordStep.Root, 'flow', passwordFlow)((flow) => flow.forgotPassword),
    click,
  ),
  partCase('SecondFactorStep.Label', 'label', 'LABEL', SecondFactorStep.Label, secondFactor),
  partCase('SecondFactorStep.Input', 'code-input', 'INPUT', SecondFactorStep.Input, secondFactor),
  partCase('SecondFactorStep.Resend', 'resend', 'BUTTON', SecondFactorStep.Resend, secondFactor),
  partCase('SecondFactorStep.Strategies', 'strategies', 'DIV', SecondFactorStep.Strategies, secondFactor),
  partCase(
    'SecondFactorStep.Strategy',
    'strategy',
    'BUTTON',
    withProps(Strategy, { strategy: 'backup_code' }),
    withVerb(SecondFactorStep.Root, 'flow', secondFactorFlow)((flow) => flow.chooseSecondFactor),
    click,
  ),
  partCase('ChooseStrategyStep.Strategies', 'strategies', 'DIV', ChooseStrategyStep.Strategies, chooseStrategy),
  partCase(
    'ChooseStrategyStep.Strategy',
    'strategy',
    'BUTTON',
    withProps(ChooseStrategyStep.Strategy, { strategy: 'email_code' }),
    withVerb(ChooseStrategyStep.Root, 'flow', chooseStrategyFlow)((flow) => flow.chooseStrategy),
    click,
  ),
  partCase('EnterpriseSsoStep.Connections', 'enterprise-connections', 'DIV', EnterpriseSsoStep.Connections, enterprise),
  partCase(
    'EnterpriseSsoStep.Connection',
    'enterprise-connection',
    'BUTTON',
    withProps(EnterpriseSsoStep.Connection, { connection: okta }),
    withVerb(EnterpriseSsoStep.Root, 'flow', enterpriseFlow)((flow) => flow.start),
    click,
  ),
  partCase('WaitlistStep.Label', 'label', 'LABEL', WaitlistStep.Label, waitlist),
  partCase('WaitlistStep.Input', 'input', 'INPUT', WaitlistStep.Input, waitlist),
  partCase('ResetPasswordStep.Label', 'label', 'LABEL', ResetPasswordStep.Label, newPassword),
  partCase('ResetPasswordStep.Input', 'input', 'INPUT', ResetPasswordStep.Input, newPassword),
  partCase('SignOutOthers', 'checkbox', 'INPUT', ResetPasswordStep.SignOutOthers, newPassword),
  partCase('PasswordHint', 'password-hint', 'DIV', PasswordHint, newPassword),
  partCase(
    'MissingRequirementsStep.Field',
    'field',
    'DIV',
    withProps(MissingRequirementsStep.Field, { descriptor: createMissingFields().fields[0] }),
    missing,
  ),
  partCase('Organizations', 'organizations', 'UL', ChooseOrganizationTask.Organizations, chooseOrganization),
  partCase(
    'Organization',
    'organization',
    'BUTTON',
    withProps(ChooseOrganizationTask.Organization, { item: acme }),
    inRoot(ChooseOrganizationTask.Root, 'task', organizations, (task) => task.select as Mock),
    click,
  ),
  partCase(
    'LoadMore',
    'load-more',
    'BUTTON',
    ChooseOrganizationTask.LoadMore,
    inRoot(ChooseOrganizationTask.Root, 'task', organizations, (task) => task.loadMore as Mock),
    click,
  ),
  partCase('ChooseOrganizationTask.Create', 'field', 'DIV', ChooseOrganizationTask.Create, chooseOrganization),
  partCase(
    'ChooseOrganizationTask.Search',
    'field',
    'DIV',
    ChooseOrganizationTask.Search,
    inRoot(ChooseOrganizationTask.Root, 'task', searching),
  ),
  partCase(
    'ChooseOrganizationTask.NoResults',
    'empty',
    'P',
    ChooseOrganizationTask.NoResults,
    inRoot(ChooseOrganizationTask.Root, 'task', searching),
  ),
  partCase('ChooseOrganizationTask.Input', 'input', 'INPUT', ChooseOrganizationTask.Input, chooseOrganization),
  partCase('SetupMfaTask.Secret', 'secret', 'DIV', SetupMfaTask.Secret, mfa),
  partCase('SetupMfaTask.Verify', 'field', 'DIV', SetupMfaTask.Verify, mfa),
  partCase('SetupMfaTask.BackupCodes', 'backup-codes', 'UL', SetupMfaTask.BackupCodes, mfa),
  partCase(
    'SetupMfaTask.Methods',
    'strategies',
    'DIV',
    SetupMfaTask.Methods,
    inRoot(SetupMfaTask.Root, 'task', mfaStart),
  ),
  partCase(
    'SetupMfaTask.Method',
    'strategy',
    'BUTTON',
    withProps(SetupMfaTask.Method, { method: 'phone_code' }),
    inRoot(SetupMfaTask.Root, 'task', mfaStart, (task) => task.start as Mock),
    click,
  ),
  partCase('SetupMfaTask.Phone', 'field', 'DIV', SetupMfaTask.Phone, inRoot(SetupMfaTask.Root, 'task', mfaPhone)),
  partCase(
    'SetupMfaTask.PhoneNumbers',
    'phone-numbers',
    'UL',
    SetupMfaTask.PhoneNumbers,
    inRoot(SetupMfaTask.Root, 'task', mfaPhone),
  ),
  partCase(
    'SetupMfaTask.PhoneNumber',
    'phone-number',
    'BUTTON',
    withProps(SetupMfaTask.PhoneNumber, { phone: { id: 'idn_1', phoneNumber: '+15555550100' } }),
    inRoot(SetupMfaTask.Root, 'task', mfaPhone, (task) => task.choosePhoneNumber as Mock),
    click,
  ),
  partCase(
    'SetupMfaTask.Back',
    'back',
    'BUTTON',
    SetupMfaTask.Back,
    inRoot(SetupMfaTask.Root, 'task', setupMfa, (task) => task.back as Mock),
    click,
  ),
  partCase(
    'SetupMfaTask.Submit',
    'submit',
    'BUTTON',
    SetupMfaTask.Submit,
    inRoot(SetupMfaTask.Root, 'task', setupMfa, (task) => task.verify as Mock),
    click,
  ),
  partCase('SetupMfaTask.QrCode', 'qr-code', 'svg', SetupMfaTask.QrCode, mfa),
  partCase('SetupMfaTask.CopyCodes', 'copy-codes', 'BUTTON', SetupMfaTask.CopyCodes, mfa),
  partCase('SetupMfaTask.DownloadCodes', 'download-codes', 'BUTTON', SetupMfaTask.DownloadCodes, mfa),
  partCase('Field', 'field', 'DIV', withProps(Field, { name: 'nickname' }), code),
  partCase('FieldLabel', 'label', 'LABEL', FieldLabel, field),
  partCase('FieldControl', 'input', 'INPUT', FieldControl, field),
  partCase('FieldDescription', 'description', 'P', FieldDescription, field),
  partCase('FieldError (own field)', 'field-error', 'P', FieldError, field),
  partCase('Checkbox', 'checkbox', 'INPUT', withProps(Checkbox, { label: 'Remember me' }), code),
  // Rendered by Flowkit only (no export), conformant all the same.
  partCase('Link', 'link', 'A', withProps(Link, { href: 'https://example.com/terms' }), scoped),
  partCase('Status', 'status', 'DIV', withProps(Status, { titleKey: 'completeTitle' }), scoped),
]
