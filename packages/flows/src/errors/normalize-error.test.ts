import { ClerkAPIResponseError, ClerkRuntimeError, ClerkWebAuthnError } from '@clerk/shared/error'
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

  it('recognises the plain Error clerk-js 6.40 throws when fetch fails as offline', () => {
    // Verbatim from clerk-js's fapiClient, which gives it no code.
    const failed = new Error(
      'ClerkJS: Network error at "https://clerk.example.com/v1/client/sign_ins?_clerk_js_version=6.40.0" - TypeError: Failed to fetch. Please try again.',
    )
    expect(normalizeError(failed)[0]).toMatchObject({
      code: 'network',
      messageKey: 'network',
      message: 'You seem offline. Try again.',
    })
  })

  it('classifies expired codes and restricted sign-ups', () => {
    expect(normalizeError(apiError(422, [{ code: 'verification_expired' }]))[0]?.code).toBe('expired_code')
    expect(normalizeError(apiError(403, [{ code: 'sign_up_restricted_waitlist' }]))[0]?.code).toBe('sign_up_waitlist')
    expect(normalizeError(apiError(403, [{ code: 'not_allowed_to_sign_up' }]))[0]?.code).toBe('sign_up_not_allowed')
    expect(
      normalizeError(apiError(403, [{ code: 'sign_up_mode_restricted', long_message: 'Invitation only.' }]))[0],
    ).toMatchObject({
      code: 'sign_up_restricted',
      messageKey: 'sign_up_mode_restricted',
      message: 'Invitation only.',
    })
  })

  it('says what happened with a passkey in Flowkit’s words, not the browser’s', () => {
    // What clerk-js 6.40's Core 3 `signIn.passkey()` rejects or resolves with, by case.
    const webAuthn = (code: string, message: string) =>
      normalizeError(new ClerkWebAuthnError(message, { code: code as never }))[0]
    expect(webAuthn('passkey_not_supported', 'Passkeys are not supported')).toMatchObject({
      code: 'passkey_unsupported',
      messageKey: 'passkey_unsupported',
      message: 'This browser can’t use passkeys. Use another method.',
      clerkCode: 'passkey_not_supported',
    })
    // A dismissed prompt arrives as the browser's NotAllowedError text, wrapped as a failed retrieval.
    const dismissed = 'The operation either timed out or was not allowed. See: https://www.w3.org/TR/webauthn-2/'
    for (const code of ['passkey_retrieval_failed', 'passkey_retrieval_cancelled', 'passkey_operation_aborted']) {
      expect(webAuthn(code, dismissed)).toMatchObject({
        code: 'passkey_cancelled',
        message: 'No passkey was used. Try again, or use another method.',
      })
    }
    const server = (code: string) => normalizeError(apiError(422, [{ code, long_message: 'technical' }]))[0]
    expect(server('passkey_not_registered')).toMatchObject({
      code: 'passkey_not_found',
      message: 'This passkey isn’t registered here. Use another method.',
    })
    expect(server('no_passkeys_found_for_user')?.code).toBe('passkey_not_found')
    for (const code of ['passkey_authentication_failure', 'passkey_invalid_verification']) {
      expect(server(code)).toMatchObject({
        code: 'passkey_failed',
        message: 'That passkey couldn’t be verified. Try again.',
      })
    }
  })

  it('keeps a failed or expired Protect check on its step, which shows the new challenge', () => {
    for (const code of ['protect_check_failed', 'protect_check_expired']) {
      const [error] = normalizeError(apiError(422, [{ code, long_message: 'x', meta: { param_name: 'proof_token' } }]))
      // Not `attempt_expired`: that would send the user back to the identifier.
      expect(error).toMatchObject({ code: 'protect_check_failed', message: 'The check didn’t pass. Try again.' })
      expect(error?.field).toBeUndefined()
    }
  })

  it('gives invitation links that cannot be used their own codes, in Flowkit’s words', () => {
    const ticket = (code: string) =>
      normalizeError(
        apiError(400, [{ code, long_message: 'This ticket is invalid.', meta: { param_name: 'ticket' } }]),
      )[0]
    expect(ticket('ticket_invalid_code')).toMatchObject({
      code: 'invitation_invalid',
      messageKey: 'invitation_invalid',
      message: 'This invitation is no longer valid.',
      clerkCode: 'ticket_invalid_code',
    })
    expect(ticket('ticket_expired_code')).toMatchObject({
      code: 'invitation_expired',
      message: 'This invitation has expired.',
    })
    // No field of a step holds the ticket: the error is about the whole step.
    expect(ticket('ticket_invalid_code')?.field).toBeUndefined()
  })

  it('classifies an enterprise connection’s refusals as sso_refused, keeping Clerk’s reason', () => {
    const [mismatch] = normalizeError(
      apiError(422, [{ code: 'enterprise_sso_email_address_domain_mismatch', long_message: 'Domain mismatch.' }]),
    )
    expect(mismatch).toMatchObject({ code: 'sso_refused', message: 'Domain mismatch.' })
    expect(normalizeError(apiError(422, [{ code: 'saml_user_attribute_missing' }]))[0]?.code).toBe('sso_refused')
  })

  it('gives a refusal at the social or enterprise provider its own code (issue 17 §2.9)', () => {
    // What Clerk puts in the verification after the user said no at the provider.
    const [denied] = normalizeError(
      apiError(422, [{ code: 'oauth_access_denied', long_message: 'You did not grant access to your account.' }]),
    )
    expect(denied).toMatchObject({
      code: 'provider_denied',
      messageKey: 'oauth_access_denied',
      clerkCode: 'oauth_access_denied',
      message: 'You did not grant access to your account.',
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
