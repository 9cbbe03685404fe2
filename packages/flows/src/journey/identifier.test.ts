import { describe, expect, it } from 'vitest'
import { identifierCases } from '../../test/journey-cases'
import { afterIdentifier } from './identifier'

describe('what submitting an identifier does', () => {
  it.each(identifierCases.map((item) => [item.when, item] as const))('%s', (_, { offer, ctx, expected }) => {
    expect(afterIdentifier(offer, ctx, ctx.kind)).toEqual(expected)
  })

  it('covers every plan', () => {
    expect(new Set(identifierCases.map((item) => item.expected.call))).toEqual(
      new Set(['ask-password', 'sign-up', 'sign-in', 'send-code']),
    )
  })
})
