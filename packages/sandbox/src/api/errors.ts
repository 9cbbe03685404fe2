/** One entry of a Frontend API error response, as clerk-js parses it. */
export interface ClerkErrorJSON {
  code: string
  message: string
  long_message: string
  meta?: { param_name?: string; session_id?: string; [key: string]: unknown }
}

/** A Frontend API error: the status and the `errors` array the sandbox answers with. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: ClerkErrorJSON[],
    readonly headers: Record<string, string> = {},
  ) {
    super(errors[0]?.long_message ?? `HTTP ${status}`)
    this.name = 'ApiError'
  }
}

const error = (code: string, message: string, longMessage: string, paramName?: string): ClerkErrorJSON => ({
  code,
  message,
  long_message: longMessage,
  ...(paramName ? { meta: { param_name: paramName } } : {}),
})

const fieldLabels: Record<string, string> = {
  identifier: 'Identifier',
  email_address: 'Email address',
  phone_number: 'Phone number',
  username: 'Username',
  password: 'Password',
  first_name: 'First name',
  last_name: 'Last name',
  code: 'Code',
  strategy: 'Strategy',
  name: 'Name',
  slug: 'Slug',
}
const label = (param: string) => fieldLabels[param] ?? param

/**
 * The errors Clerk's Frontend API answers, with its codes, statuses and messages. Field errors carry
 * `meta.param_name`, which clerk-js turns into `errors.fields.<camelCase>`.
 */
export const errors = {
  identifierNotFound: () =>
    new ApiError(422, [
      error('form_identifier_not_found', "Couldn't find your account.", "Couldn't find your account.", 'identifier'),
    ]),
  identifierExists: (param: 'email_address' | 'phone_number' | 'username' | 'slug') => {
    const taken = `That ${label(param).toLowerCase()} is taken. Please try another.`
    return new ApiError(422, [error('form_identifier_exists', taken, taken, param)])
  },
  passwordIncorrect: (param: 'password' | 'current_password' = 'password') =>
    new ApiError(422, [
      error(
        'form_password_incorrect',
        'Password is incorrect. Try again, or use another method.',
        'Password is incorrect. Try again, or use another method.',
        param,
      ),
    ]),
  passwordTooShort: (minLength: number) =>
    new ApiError(422, [
      error(
        'form_password_length_too_short',
        `Passwords must be ${minLength} characters or more.`,
        `Passwords must be ${minLength} characters or more.`,
        'password',
      ),
    ]),
  passwordTooLong: (maxLength: number) =>
    new ApiError(422, [
      error(
        'form_password_length_too_long',
        `Passwords must be less than ${maxLength + 1} characters.`,
        `Passwords must be less than ${maxLength + 1} characters.`,
        'password',
      ),
    ]),
  /** A kind of character the policy requires (codes as Clerk's Go SDK names them). */
  passwordRule: (kind: 'lowercase' | 'uppercase' | 'number' | 'special_char') => {
    const what = {
      lowercase: 'a lowercase letter',
      uppercase: 'an uppercase letter',
      number: 'a number',
      special_char: 'a special character',
    }[kind]
    const message = `Passwords must contain at least one ${what.replace(/^an? /, '')}.`
    return new ApiError(422, [error(`form_password_no_${kind}`, message, message, 'password')])
  },
  passwordPwned: () =>
    new ApiError(422, [
      error(
        'form_password_pwned',
        'Password has been found in an online data breach. For account safety, please use a different password.',
        'Password has been found in an online data breach. For account safety, please use a different password.',
        'password',
      ),
    ]),
  codeIncorrect: () => new ApiError(422, [error('form_code_incorrect', 'is incorrect', 'Incorrect code', 'code')]),
  verificationExpired: () =>
    new ApiError(422, [
      error('verification_expired', 'is expired', 'This verification has expired. You must create a new one.', 'code'),
    ]),
  verificationFailed: () =>
    new ApiError(422, [
      error(
        'verification_failed',
        'Too many failed attempts',
        'Too many failed attempts. You have to try again with the same or another method.',
        'code',
      ),
    ]),
  verificationNotPrepared: (strategy: string) =>
    new ApiError(400, [
      error(
        'verification_missing',
        'is missing',
        `No verification for ${strategy} has been prepared. Send a code first.`,
        'strategy',
      ),
    ]),
  strategyInvalid: (strategy: string) =>
    new ApiError(400, [
      error(
        'strategy_for_user_invalid',
        'Invalid verification strategy',
        `The verification strategy ${strategy} is not valid for this account.`,
        'strategy',
      ),
    ]),
  paramMissing: (param: string) =>
    new ApiError(422, [error('form_param_nil', 'is missing or empty', `Enter ${label(param).toLowerCase()}.`, param)]),
  paramInvalid: (param: string, longMessage = `${label(param)} is invalid.`) =>
    new ApiError(422, [error('form_param_format_invalid', 'is invalid', longMessage, param)]),
  paramUnknown: (param: string) =>
    new ApiError(422, [
      error('form_param_unknown', 'is unknown', `${label(param)} is not a recognized parameter.`, param),
    ]),
  signUpIfMissingTransfer: () =>
    new ApiError(422, [
      error(
        'sign_up_if_missing_transfer',
        'Sign up required',
        'No account exists for this identifier. Transfer to a sign-up to create one.',
      ),
    ]),
  signUpRestricted: () =>
    new ApiError(403, [
      error(
        'sign_up_mode_restricted',
        'Sign-ups are restricted',
        'Sign-ups are currently restricted to invited users.',
      ),
    ]),
  signUpWaitlist: () =>
    new ApiError(403, [
      error(
        'sign_up_restricted_waitlist',
        'Sign-ups are on a waitlist',
        "Sign-ups are currently unavailable. Join the waitlist, and you'll be notified when access becomes available.",
      ),
    ]),
  sessionExists: () =>
    new ApiError(400, [
      error(
        'session_exists',
        "You're already signed in",
        "You're currently in single session mode. You can only be signed into one account at a time.",
      ),
    ]),
  organizationNotFound: () =>
    new ApiError(404, [
      error(
        'organization_not_found_or_unauthorized',
        'Organization not found',
        'The organization was not found, or you are not a member of it.',
      ),
    ]),
  notFound: (what: string) => new ApiError(404, [error('resource_not_found', 'not found', `${what} was not found.`)]),
  forbidden: (longMessage: string) => new ApiError(403, [error('not_allowed_access', 'not allowed', longMessage)]),
  tooManyRequests: (retryAfterSeconds: number) =>
    new ApiError(429, [error('too_many_requests', 'Too many requests', 'Too many requests. Please retry later.')], {
      'retry-after': String(retryAfterSeconds),
    }),
  internal: (status: number) =>
    new ApiError(status, [
      error(
        'internal_clerk_error',
        'Oops, an unexpected error occurred',
        "There was an internal error on our servers. We've been notified and are working on fixing it.",
      ),
    ]),
  malformedBody: (detail: string) =>
    new ApiError(400, [error('malformed_request', 'is malformed', `The request body could not be read: ${detail}`)]),
  unknownRoute: (method: string, path: string) =>
    new ApiError(404, [
      error(
        'sandbox_unknown_route',
        'unknown route',
        `@flowkit/sandbox does not simulate ${method} /v1${path}. If clerk-js needs it, add it to the sandbox.`,
      ),
    ]),
}
