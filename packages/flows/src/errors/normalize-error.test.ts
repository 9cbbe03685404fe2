import { ClerkAPIResponseError, ClerkRuntimeError } from '@clerk/shared/error'
import { describe, expect, it } from 'vitest'
import { inputError, normalizeError } from './normalize-error'

// Clerk's own error classes, built the way clerk-js builds them from a Frontend API response.
function apiError(status: number, errors: object[], retryAfter?: number) {
  return new ClerkAPIResponseError('request failed', { status, data: errors as never, retryAfter })
}

describe('normalizeError', () => {
  it('maps a field error to a stable code and its field, keeping Clerk’s message', () => {
    const [error] = normalizeError(
      apiError(422, [
        {
          code: 'form_password_incorrect',
          message: 'is incorrect',
          long_message: 'Password is incorrect. Try again, or use another method.',
          meta: { param_name: 'password' },
        },
      ]),
    )
    expect(error).toMatchObject({
      code: 'incorrect_password',
      field: 'password',
      messageKey: 'form_password_incorrect__password',
      message: 'Password is incorrect. Try again, or use another method.',
      clerkCode: 'form_password_incorrect',
    })
  })

  it('keys messages `code__param` for translation and keeps one error per Clerk error', () => {
    const errors = normalizeError(
      apiError(422, [
        { code: 'form_identifier_exists', long_message: 'taken', meta: { param_name: 'email_address' } },
        { code: 'form_param_nil', long_message: 'Enter first name.', meta: { param_name: 'first_name' } },
      ]),
    )
    expect(errors).toMatchObject([
      {
        code: 'identifier_exists',
        field: 'emailAddress',
        messageKey: 'form_identifier_exists__email_address',
        message: 'taken',
      },
      {
        code: 'invalid_input',
        field: 'firstName',
        messageKey: 'form_param_nil__first_name',
        message: 'Enter first name.',
      },
    ])
  })

  it('maps organization params and drops fields Flowkit does not render', () => {
    const [name, captcha] = normalizeError(
      apiError(422, [
        { code: 'form_param_nil', long_message: 'Enter a name.', meta: { param_name: 'name' } },
        { code: 'captcha_invalid', long_message: 'Bot check failed.', meta: { param_name: 'captcha' } },
      ]),
    )
    expect(name?.field).toBe('organizationName')
    expect(captcha).toMatchObject({ code: 'not_allowed', message: 'Bot check failed.' })
    expect(captcha?.field).toBeUndefined()
  })

  it('reads retry-after seconds from a 429', () => {
    const [error] = normalizeError(
      apiError(429, [{ code: 'too_many_requests', long_message: 'Too many requests.' }], 7),
    )
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 7, messageKey: 'rate_limited' })
  })

  it('reports server failures and network errors with their own messages', () => {
    expect(normalizeError(apiError(503, []))[0]).toMatchObject({ code: 'server', messageKey: 'server' })
    const [offline] = normalizeError(new ClerkRuntimeError('Network error', { code: 'network_error' }))
    expect(offline).toMatchObject({ code: 'network', messageKey: 'network', message: 'You seem offline. Try again.' })
  })

  it('classifies expired codes and restricted sign-ups', () => {
    expect(normalizeError(apiError(422, [{ code: 'verification_expired' }]))[0]?.code).toBe('expired_code')
    expect(
      normalizeError(apiError(403, [{ code: 'sign_up_mode_restricted', long_message: 'Invitation only.' }]))[0],
    ).toMatchObject({
      code: 'sign_up_not_allowed',
      messageKey: 'sign_up_mode_restricted',
      message: 'Invitation only.',
    })
  })

  it('passes Flowkit’s own errors through', () => {
    const own = inputError('empty', 'code')
    expect(normalizeError(own)).toEqual([own])
  })

  it('keeps anything unexpected as `unknown` with a generic message and the original cause', () => {
    const cause = new TypeError('boom')
    const [error] = normalizeError(cause)
    // A programmer error's text is not for the user; `cause` keeps it for debugging.
    expect(error).toMatchObject({ code: 'unknown', message: 'Something went wrong. Try again.', cause })
    expect(normalizeError(undefined)[0]).toMatchObject({ code: 'unknown', message: 'Something went wrong. Try again.' })
  })
})

describe('inputError', () => {
  it('builds a client-side validation error from a message key', () => {
    expect(inputError('invalid_email', 'identifier')).toEqual({
      code: 'invalid_input',
      message: 'Enter a valid email address.',
      messageKey: 'invalid_email',
      field: 'identifier',
    })
  })
})
