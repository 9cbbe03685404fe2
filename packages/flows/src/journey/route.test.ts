import type { SignInStatus, SignUpStatus } from '@clerk/react/types'
import { describe, expect, it } from 'vitest'
import { signInCases, signUpCases } from '../../test/journey-cases'
import type { SignInOrUpStepName } from '../sign-in-or-up/types'
import { signInNext, signInTable, signUpNext, signUpTable } from './route'
import type { Next } from './types'

const outcomeOf = (next: Next) =>
  'step' in next
    ? next.step.name
    : 'finalize' in next
      ? 'finalize'
      : 'transfer' in next
        ? 'transfer'
        : 'sso' in next
          ? 'sso'
          : 'restart'

describe('the sign-in table', () => {
  it.each(signInCases.map((item) => [item.signIn.status, item.when, item] as const))(
    '%s, %s',
    (_, __, { signIn, ctx, expected }) => {
      expect(signInNext(signIn, ctx)).toEqual(expected)
    },
  )

  it('has a case for every status Clerk defines', () => {
    const statuses = Object.keys(signInTable) as SignInStatus[]
    expect(new Set(signInCases.map((item) => item.signIn.status))).toEqual(new Set(statuses))
  })

  it('answers a transferable sign-in with a transfer whatever its status', () => {
    for (const status of Object.keys(signInTable) as SignInStatus[]) {
      const { signIn, ctx } = signInCases[0] as (typeof signInCases)[number]
      expect(signInNext({ ...signIn, status, isTransferable: true }, ctx), status).toEqual({ transfer: true })
    }
  })
})

describe('the sign-up table', () => {
  it.each(signUpCases.map((item) => [item.signUp.status, item.when, item] as const))(
    '%s, %s',
    (_, __, { signUp, expected }) => {
      expect(signUpNext(signUp)).toEqual(expected)
    },
  )

  it('has a case for every status Clerk defines', () => {
    const statuses = Object.keys(signUpTable) as SignUpStatus[]
    expect(new Set(signUpCases.map((item) => item.signUp.status))).toEqual(new Set(statuses))
  })
})

describe('the tables together', () => {
  it('lead to every step a Clerk status can decide', () => {
    const reached = new Set([...signInCases, ...signUpCases].map((item) => outcomeOf(item.expected)))
    // Shown without a status deciding: loading, task and complete (derived from Clerk's session).
    const decided: Array<SignInOrUpStepName | 'finalize' | 'transfer' | 'restart' | 'sso'> = [
      'identifier',
      'password',
      'first-factor',
      'email-link',
      'choose-strategy',
      'second-factor',
      'client-trust',
      'new-password',
      'protect-check',
      'enterprise-sso',
      'missing-requirements',
      'verify-sign-up',
      'finalize',
      'transfer',
      'restart',
      'sso',
    ]
    expect(reached).toEqual(new Set(decided))
  })
})
