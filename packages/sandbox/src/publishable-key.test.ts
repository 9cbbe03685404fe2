import { describe, expect, it } from 'vitest'
import { hostOfPublishableKey, publishableKeyForHost } from './publishable-key'

describe('publishable keys', () => {
  it('round-trips a host through a development key', () => {
    const key = publishableKeyForHost('clerk.flowkit.localhost')
    expect(key).toMatch(/^pk_test_/)
    expect(hostOfPublishableKey(key)).toBe('clerk.flowkit.localhost')
  })

  it('refuses strings that are not keys', () => {
    expect(hostOfPublishableKey('sk_test_abc')).toBeNull()
    expect(hostOfPublishableKey('pk_test_!!!')).toBeNull()
    expect(hostOfPublishableKey(`pk_test_${btoa('no-terminator')}`)).toBeNull()
  })
})
