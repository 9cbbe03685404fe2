import type {
  ChooseOrganizationTaskController,
  FlowError,
  FlowErrorCode,
  FlowField,
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
    isPending: false,
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
  return { key: 'reset-password', isPending: false, error: null, submit: done, ...overrides }
}

export function createSetupMfa(overrides: Partial<SetupMfaTaskController> = {}): SetupMfaTaskController {
  return {
    key: 'setup-mfa',
    isPending: false,
    error: null,
    stage: 'start',
    totp: null,
    backupCodes: null,
    start: done,
    verify: done,
    finish: done,
    ...overrides,
  }
}
