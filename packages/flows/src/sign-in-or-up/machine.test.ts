import { describe, expect, it } from 'vitest'
import { inputError } from '../errors/normalize-error'
import type { FlowError } from '../errors/types'
import { type FlowEvent, type FlowState, initialState, RESEND_COOLDOWN_MS, reduce } from './machine'
import type { SignInOrUpStep } from './types'

const run = (...events: FlowEvent[]) => events.reduce(reduce, initialState)
const codeStep = { name: 'first-factor', strategy: 'email_code', safeIdentifier: 'ada@example.com' } as const
const clerkError = (code: FlowError['code'], field?: FlowError['field']): FlowError => ({
  code,
  message: code,
  messageKey: code,
  ...(field ? { field } : {}),
})

describe('reduce', () => {
  it('remembers the submitted identifier and marks the request pending, clearing old errors', () => {
    const failed = run({ type: 'failed', errors: [inputError('invalid_email', 'identifier')], at: 0 })
    const state = reduce(failed, { type: 'request', identifier: 'ada@example.com' })
    expect(state).toMatchObject({ pending: true, identifier: 'ada@example.com', error: null, fieldErrors: {} })
  })

  it('moves forward, recording where back returns to', () => {
    const state = run({ type: 'request' }, { type: 'go', step: { name: 'password' } })
    expect(state).toMatchObject({ step: { name: 'password' }, pending: false, history: [{ name: 'identifier' }] })
    expect(reduce(state, { type: 'back' })).toMatchObject({ step: { name: 'identifier' }, history: [] })
  })

  it('does nothing on back when there is nowhere to go', () => {
    expect(reduce(initialState, { type: 'back' })).toBe(initialState)
  })

  it('starts the resend cooldown when a code is sent, and again when it is sent again', () => {
    const sent = run({ type: 'go', step: codeStep, codeSentAt: 1_000 })
    expect(sent.resendAvailableAt).toBe(1_000 + RESEND_COOLDOWN_MS)
    const resent = reduce(sent, { type: 'go', step: codeStep, codeSentAt: 50_000 })
    expect(resent).toMatchObject({ resendAvailableAt: 50_000 + RESEND_COOLDOWN_MS, history: sent.history })
    // Leaving the code step ends its cooldown.
    expect(reduce(sent, { type: 'go', step: { name: 'password' } }).resendAvailableAt).toBeNull()
  })

  it('replaces rather than stacks a step that changes only its details', () => {
    const totp: SignInOrUpStep = { name: 'second-factor', strategy: 'totp', available: ['totp', 'backup_code'] }
    const state = run({ type: 'go', step: totp }, { type: 'go', step: { ...totp, strategy: 'backup_code' } })
    expect(state.history).toEqual([{ name: 'identifier' }])
    expect(state.step).toMatchObject({ strategy: 'backup_code' })
  })

  it('forgets history when a new chapter starts', () => {
    const state = run({ type: 'go', step: { name: 'password' } }, { type: 'go', step: { name: 'complete' } })
    expect(state.history).toEqual([])
  })

  it('puts an error for the step’s own field on that field, and any other as the step’s error', () => {
    const onPassword = run({ type: 'go', step: { name: 'password' } }, { type: 'request' })
    const state = reduce(onPassword, {
      type: 'failed',
      errors: [clerkError('incorrect_password', 'password'), clerkError('identifier_not_found', 'identifier')],
      at: 0,
    })
    expect(state.fieldErrors.password?.code).toBe('incorrect_password')
    expect(state.error?.code).toBe('identifier_not_found')
    expect(state.pending).toBe(false)
  })

  it('maps Clerk’s sign-up names for the identifier and the new password onto the step’s field', () => {
    const onIdentifier = reduce(initialState, {
      type: 'failed',
      errors: [clerkError('identifier_exists', 'emailAddress')],
      at: 0,
    })
    expect(onIdentifier.fieldErrors.identifier).toMatchObject({ code: 'identifier_exists', field: 'identifier' })
    const onNewPassword = reduce(run({ type: 'go', step: { name: 'new-password' } }), {
      type: 'failed',
      errors: [clerkError('weak_password', 'password')],
      at: 0,
    })
    expect(onNewPassword.fieldErrors.newPassword?.field).toBe('newPassword')
  })

  it('holds resends back until a rate limit’s retry-after has passed', () => {
    const state = reduce(run({ type: 'go', step: codeStep, codeSentAt: 0 }), {
      type: 'failed',
      errors: [{ ...clerkError('rate_limited'), retryAfterSeconds: 60 }],
      at: 10_000,
    })
    expect(state.resendAvailableAt).toBe(70_000)
    expect(state.error?.code).toBe('rate_limited')
  })

  it('starts over at the identifier step, keeping only the identifier', () => {
    const deep: FlowState = run(
      { type: 'request', identifier: 'ada@example.com' },
      { type: 'go', step: { name: 'verify-sign-up', channel: 'email_address', safeIdentifier: 'ada@example.com' } },
      { type: 'failed', errors: [clerkError('incorrect_code', 'code')], at: 0 },
    )
    expect(reduce(deep, { type: 'startOver' })).toEqual({ ...initialState, identifier: 'ada@example.com' })
  })
})
