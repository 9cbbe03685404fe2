import { describe, expect, it, vi } from 'vitest'
import { Outbox } from './outbox'

describe('Outbox.subscribe', () => {
  it('tells a listener about each message until it unsubscribes', () => {
    const outbox = new Outbox(async (link) => link)
    const listener = vi.fn(() => outbox.latest()?.code)
    const unsubscribe = outbox.subscribe(listener)
    outbox.send({ to: 'ada@example.com', kind: 'email_code', purpose: 'sign_in', code: '123456', sentAt: 0 })
    expect(listener).toHaveBeenCalledOnce()
    expect(listener).toHaveLastReturnedWith('123456')
    outbox.clear()
    expect(listener).toHaveBeenCalledTimes(2)
    unsubscribe()
    outbox.send({ to: 'ada@example.com', kind: 'email_code', purpose: 'sign_in', code: '654321', sentAt: 1 })
    expect(listener).toHaveBeenCalledTimes(2)
  })
})
