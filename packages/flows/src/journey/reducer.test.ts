import { describe, expect, it } from 'vitest'
import { signInCases, signUpCases } from '../../test/journey-cases'
import { inputError } from '../errors/normalize-error'
import type { FlowError } from '../errors/types'
import type { SignInOrUpStep } from '../sign-in-or-up/types'
import {
  initialJourney,
  initialState,
  type JourneyEvent,
  type JourneyState,
  RESEND_COOLDOWN_MS,
  reduce,
} from './reducer'

const run = (...events: JourneyEvent[]) => events.reduce(reduce, initialState)
const codeStep = { name: 'first-factor', strategy: 'email_code', safeIdentifier: 'ada@example.com' } as const
const clerkError = (code: FlowError['code'], field?: FlowError['field']): FlowError => ({
  code,
  message: code,
  messageKey: code,
  ...(field ? { field } : {}),
})

describe('reduce', () => {
  it('marks a request pending, clearing old errors; an identifier that passed the checks is kept', () => {
    const failed = run({ type: 'failed', errors: [inputError('invalid_email', 'identifier')], at: 0 })
    const state = reduce(reduce(failed, { type: 'submitted' }), { type: 'identified', identifier: 'ada@example.com' })
    expect(state).toMatchObject({ pending: true, identifier: 'ada@example.com', error: null, fieldErrors: {} })
  })

  it('queues an identifier submitted before Clerk loaded: pending, kept as typed, old errors cleared', () => {
    const failed = run({ type: 'failed', errors: [inputError('invalid_email', 'identifier')], at: 0 })
    const state = reduce(failed, { type: 'queued', identifier: ' Ada@Example.com ' })
    expect(state).toMatchObject({ pending: true, queued: ' Ada@Example.com ', fieldErrors: {}, error: null })
    expect(state.step).toEqual({ name: 'identifier' })
  })

  it('takes the queue when the visit starts: no longer pending until the queued submit runs', () => {
    const state = run({ type: 'queued', identifier: 'ada@example.com' }, { type: 'started' })
    expect(state).toMatchObject({ started: true, pending: false, queued: null })
  })

  it('forgets a queued identifier on start over', () => {
    expect(run({ type: 'queued', identifier: 'ada@example.com' }, { type: 'startOver' })).toMatchObject({
      queued: null,
      pending: false,
    })
  })

  it('moves forward, recording where back returns to', () => {
    const state = run({ type: 'submitted' }, { type: 'arrived', step: { name: 'password' } })
    expect(state).toMatchObject({ step: { name: 'password' }, pending: false, history: [{ name: 'identifier' }] })
    expect(reduce(state, { type: 'back' })).toMatchObject({ step: { name: 'identifier' }, history: [] })
  })

  it('does nothing on back when there is nowhere to go', () => {
    expect(reduce(initialState, { type: 'back' })).toBe(initialState)
  })

  it('starts the resend cooldown when a code is sent, and again when it is sent again', () => {
    const sent = run({ type: 'arrived', step: codeStep, codeSentAt: 1_000 })
    expect(sent.resendAvailableAt).toBe(1_000 + RESEND_COOLDOWN_MS)
    const resent = reduce(sent, { type: 'arrived', step: codeStep, codeSentAt: 50_000 })
    expect(resent).toMatchObject({ resendAvailableAt: 50_000 + RESEND_COOLDOWN_MS, history: sent.history })
    // Leaving the code step ends its cooldown.
    expect(reduce(sent, { type: 'arrived', step: { name: 'password' } }).resendAvailableAt).toBeNull()
  })

  it('replaces rather than stacks a step that changes only its details', () => {
    const totp: SignInOrUpStep = { name: 'second-factor', strategy: 'totp', available: ['totp', 'backup_code'] }
    const state = run({ type: 'arrived', step: totp }, { type: 'arrived', step: { ...totp, strategy: 'backup_code' } })
    expect(state.history).toEqual([{ name: 'identifier' }])
    expect(state.step).toMatchObject({ strategy: 'backup_code' })
  })

  it.each(['identifier', 'complete', 'loading', 'new-password'] as const)(
    'forgets history when %s starts a new chapter',
    (name) => {
      const state = run({ type: 'arrived', step: { name: 'password' } }, { type: 'arrived', step: { name } })
      expect(state.history).toEqual([])
    },
  )

  it('puts an error for the step’s own field on that field, and any other as the step’s error', () => {
    const onPassword = run({ type: 'arrived', step: { name: 'password' } }, { type: 'submitted' })
    const state = reduce(onPassword, {
      type: 'failed',
      errors: [clerkError('incorrect_password', 'password'), clerkError('identifier_not_found', 'identifier')],
      at: 0,
    })
    expect(state.fieldErrors.password?.code).toBe('incorrect_password')
    expect(state.error?.code).toBe('identifier_not_found')
    expect(state.pending).toBe(false)
  })

  const codeSteps: SignInOrUpStep[] = [
    codeStep,
    { name: 'second-factor', strategy: 'totp', available: ['totp'] },
    { name: 'client-trust', strategy: 'email_code', safeIdentifier: 'a' },
    { name: 'reset-password-code', safeIdentifier: 'a' },
    { name: 'verify-sign-up', channel: 'email_address', safeIdentifier: 'a' },
  ]
  it.each(codeSteps.map((step) => [step.name, step] as const))(
    'puts a code error on the code field of %s',
    (_, step) => {
      const state = reduce(run({ type: 'arrived', step }), {
        type: 'failed',
        errors: [clerkError('incorrect_code', 'code')],
        at: 0,
      })
      expect(state.fieldErrors.code?.code).toBe('incorrect_code')
      expect(state.error).toBeNull()
    },
  )

  it('shows a field error on a step without that field as the step’s error', () => {
    const state = reduce(run({ type: 'arrived', step: { name: 'email-link', safeIdentifier: 'a' } }), {
      type: 'failed',
      errors: [clerkError('incorrect_code', 'code')],
      at: 0,
    })
    expect(state.fieldErrors).toEqual({})
    expect(state.error?.code).toBe('incorrect_code')
  })

  it('maps Clerk’s sign-up names for the identifier and the new password onto the step’s field', () => {
    const onIdentifier = reduce(initialState, {
      type: 'failed',
      errors: [clerkError('identifier_exists', 'emailAddress')],
      at: 0,
    })
    expect(onIdentifier.fieldErrors.identifier).toMatchObject({ code: 'identifier_exists', field: 'identifier' })
    const onNewPassword = reduce(run({ type: 'arrived', step: { name: 'new-password' } }), {
      type: 'failed',
      errors: [clerkError('weak_password', 'password')],
      at: 0,
    })
    expect(onNewPassword.fieldErrors.newPassword?.field).toBe('newPassword')
  })

  it('holds resends back until a rate limit’s retry-after has passed', () => {
    const state = reduce(run({ type: 'arrived', step: codeStep, codeSentAt: 0 }), {
      type: 'failed',
      errors: [{ ...clerkError('rate_limited'), retryAfterSeconds: 60 }],
      at: 10_000,
    })
    expect(state.resendAvailableAt).toBe(70_000)
    expect(state.error?.code).toBe('rate_limited')
  })

  it('starts over at the identifier step, keeping only the identifier and that the visit started', () => {
    const deep: JourneyState = run(
      { type: 'started' },
      { type: 'identified', identifier: 'ada@example.com' },
      {
        type: 'arrived',
        step: { name: 'verify-sign-up', channel: 'email_address', safeIdentifier: 'ada@example.com' },
      },
      { type: 'activating', attempt: 'sign-up' },
      { type: 'failed', errors: [clerkError('incorrect_code', 'code')], at: 0 },
    )
    expect(reduce(deep, { type: 'startOver' })).toEqual({
      ...initialState,
      identifier: 'ada@example.com',
      started: true,
    })
  })

  it('starts over saying why when Clerk dropped the attempt', () => {
    const deep = run({ type: 'arrived', step: { name: 'missing-requirements' } })
    const state = reduce(deep, {
      type: 'startOver',
      errors: [inputError('sign_up_abandoned', undefined, 'attempt_expired')],
    })
    expect(state.step).toEqual({ name: 'identifier' })
    expect(state.error?.messageKey).toBe('sign_up_abandoned')
  })

  it('remembers an attempt whose session is activating until the journey completes', () => {
    const activating = run({ type: 'activating', attempt: 'sign-in' })
    expect(activating.activating).toBe('sign-in')
    expect(reduce(activating, { type: 'failed', errors: [clerkError('server')], at: 0 }).activating).toBe('sign-in')
    expect(reduce(activating, { type: 'arrived', step: { name: 'complete' } }).activating).toBeNull()
  })

  it('settles the start of a visit', () => {
    expect(run({ type: 'submitted' }, { type: 'started' })).toMatchObject({ started: true, pending: false })
  })
})

describe('initialJourney', () => {
  it('prefills the identifier from initialValues, else from Clerk’s query parameters', () => {
    expect(initialJourney({ initialValues: { phoneNumber: '+15555550100' } }).identifier).toBe('+15555550100')
    window.history.replaceState(null, '', '/?username=ada')
    try {
      expect(initialJourney({}).identifier).toBe('ada')
    } finally {
      window.history.replaceState(null, '', '/')
    }
    expect(initialJourney({}).identifier).toBe('')
  })
})

describe('every step × every outcome of the table', () => {
  // Every step a user can be on, and every step a Clerk status leads to (the table's cases).
  const from: SignInOrUpStep[] = [
    { name: 'identifier' },
    { name: 'password' },
    codeStep,
    { name: 'email-link', safeIdentifier: 'ada@example.com' },
    { name: 'choose-strategy', strategies: ['password', 'email_code'] },
    { name: 'second-factor', strategy: 'totp', available: ['totp'] },
    { name: 'client-trust', strategy: 'email_code', safeIdentifier: 'ada@example.com' },
    { name: 'reset-password-code', safeIdentifier: 'ada@example.com' },
    { name: 'new-password' },
    { name: 'verify-sign-up', channel: 'email_address', safeIdentifier: 'ada@example.com' },
    { name: 'missing-requirements' },
    { name: 'protect-check', attempt: 'sign-in', challenge: null },
  ]
  const to = [...signInCases, ...signUpCases].flatMap(({ when, expected }) =>
    'step' in expected ? [{ when, step: expected.step }] : [],
  )
  const NEW_CHAPTER = ['identifier', 'complete', 'task', 'loading', 'new-password']

  it.each(from.flatMap((start) => to.map((target) => [start.name, target.step.name, start, target] as const)))(
    'from %s to %s: shown, settled, and back returns where it should',
    (_, __, start, { step }) => {
      const at = run(
        { type: 'arrived', step: start },
        { type: 'submitted' },
        { type: 'failed', errors: [clerkError('server')], at: 0 },
      )
      const next = reduce(at, { type: 'arrived', step })
      expect(next).toMatchObject({ step, pending: false, error: null, fieldErrors: {} })
      const stacked = !NEW_CHAPTER.includes(step.name) && step.name !== start.name
      expect(next.history.at(-1)).toEqual(
        NEW_CHAPTER.includes(step.name) ? undefined : stacked ? start : at.history.at(-1),
      )
    },
  )
})
