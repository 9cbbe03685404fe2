import type {
  ChooseOrganizationTaskController,
  FlowError,
  FlowErrorCode,
  FlowField,
  JoinWaitlistController,
  MissingFieldDescriptor,
  MissingFieldsController,
  ResetPasswordTaskController,
  SetupMfaTaskController,
  SignInOrUpFlow,
} from '@flowkit/flows'

// Plain objects in the shapes the hooks return, for tests and stories about markup (not journeys).
// Verbs resolve at once and do nothing; pass spies as overrides to observe them.

const done = async () => {}

/** A sign-in-or-up flow on the identifier step of an email-only instance; override anything. */
export function createFlow(overrides: Partial<SignInOrUpFlow> = {}): SignInOrUpFlow {
  return {
    step: { name: 'identifier' },
    mode: 'signUpIfMissing',
    intent: 'sign-in-or-up',
    identifier: '',
    identifierKinds: ['email_address'],
    strategies: ['email_code'],
    socialProviders: [],
    signUpMode: 'public',
    lastStrategy: null,
    passwordRules: [{ key: 'password_too_short', value: 8, met: (password) => password.length >= 8 }],
    isPending: false,
    isReady: true,
    error: null,
    fieldErrors: {},
    resendAvailableAt: null,
    captchaRequired: false,
    canGoBack: false,
    missingFields: null,
    task: null,
    submitIdentifier: done,
    submitPassword: done,
    submitCode: done,
    submitNewPassword: done,
    resendCode: done,
    chooseStrategy: done,
    chooseAnotherMethod: () => {},
    chooseSecondFactor: done,
    forgotPassword: done,
    signInWithProvider: done,
    start: done,
    offers: () => false,
    autofill: () => () => {},
    passProtectCheck: done,
    createAccount: done,
    back: () => {},
    startOver: () => {},
    ...overrides,
  }
}

/** A flow error as the hooks produce them. */
export function flowError(code: FlowErrorCode, message: string, extra: Partial<FlowError> = {}): FlowError {
  return { code, message, messageKey: code, ...extra }
}

/** An error tied to a field. */
export const fieldError = (field: FlowField, code: FlowErrorCode, message: string) =>
  flowError(code, message, { field })

/** A missing-field descriptor; `validate` accepts any non-empty value. */
export function missingField(
  name: string,
  kind: MissingFieldDescriptor['kind'],
  labelKey = name,
): MissingFieldDescriptor {
  return {
    name,
    kind,
    required: true,
    labelKey,
    validate: (value) =>
      value === '' || value === false ? flowError('invalid_input', 'Required.', { field: 'firstName' }) : null,
  }
}

export function createMissingFields(overrides: Partial<MissingFieldsController> = {}): MissingFieldsController {
  return {
    fields: [missingField('first_name', 'text', 'firstName')],
    values: {},
    errors: {},
    error: null,
    isPending: false,
    submit: done,
    verification: null,
    submitCode: done,
    ...overrides,
  }
}

export function createChooseOrganization(
  overrides: Partial<ChooseOrganizationTaskController> = {},
): ChooseOrganizationTaskController {
  return {
    key: 'choose-organization',
    isPending: false,
    error: null,
    items: [],
    hasMore: false,
    isLoadingMore: false,
    loadMore: done,
    searchable: false,
    search: () => {},
    query: '',
    canCreate: true,
    select: done,
    create: done,
    ...overrides,
  }
}

export function createResetPasswordTask(
  overrides: Partial<ResetPasswordTaskController> = {},
): ResetPasswordTaskController {
  return {
    key: 'reset-password',
    isPending: false,
    error: null,
    passwordRules: [{ key: 'password_too_short', value: 8, met: (password) => password.length >= 8 }],
    submit: done,
    ...overrides,
  }
}

export function createSetupMfa(overrides: Partial<SetupMfaTaskController> = {}): SetupMfaTaskController {
  return {
    key: 'setup-mfa',
    isPending: false,
    error: null,
    methods: ['totp'],
    method: null,
    stage: 'start',
    totp: null,
    phoneNumbers: [],
    phoneNumber: null,
    backupCodes: null,
    canGoBack: false,
    start: done,
    addPhoneNumber: done,
    choosePhoneNumber: done,
    verify: done,
    back: () => {},
    finish: done,
    ...overrides,
  }
}

/** A waitlist to join (`useJoinWaitlist`), on its form; override anything. */
export function createWaitlist(overrides: Partial<JoinWaitlistController> = {}): JoinWaitlistController {
  return {
    step: 'join',
    emailAddress: '',
    isPending: false,
    error: null,
    fieldError: null,
    join: done,
    ...overrides,
  }
}
