// WhatsApp as a phone-code channel: listed in the environment where enabled, and every code clerk-js
// asks for with `channel: 'whatsapp'` reaches the outbox marked so; refused where the instance lacks it.
import { isClerkAPIResponseError } from '@clerk/react/errors'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadClerk, signInOf, signUpOf } from '../../test/headless'
import { createSandbox, presets, type SandboxConfig } from '../index'
import { setupSandboxServer } from '../node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const phone = '+15555550100'
const withWhatsApp: SandboxConfig = {
  instance: { ...presets.phoneCode.instance, phoneChannels: ['sms', 'whatsapp'] },
  users: [{ phoneNumber: phone }],
}

describe('phone code channels', () => {
  it('lists WhatsApp among the channels Clerk’s UI can offer', async () => {
    const clerk = await loadClerk(server.use(createSandbox(withWhatsApp)))
    expect(clerk.__internal_environment?.userSettings.alternativePhoneCodeChannels).toEqual(['whatsapp'])
    const smsOnly = await loadClerk(server.use(createSandbox(presets.phoneCode)))
    expect(smsOnly.__internal_environment?.userSettings.alternativePhoneCodeChannels).toEqual([])
  })

  it('sends a sign-in code by WhatsApp, and by SMS by default', async () => {
    const sandbox = server.use(createSandbox(withWhatsApp))
    const clerk = await loadClerk(sandbox)
    await signInOf(clerk).phoneCode.sendCode({ phoneNumber: phone, channel: 'whatsapp' })
    expect(sandbox.outbox.latest(phone)).toMatchObject({ kind: 'phone_code', channel: 'whatsapp', purpose: 'sign_in' })
    expect(sandbox.requests.afterLoad().at(-1)?.body).toMatchObject({ strategy: 'phone_code', channel: 'whatsapp' })

    await signInOf(clerk).phoneCode.sendCode()
    expect(sandbox.outbox.latest(phone)?.channel).toBe('sms')
    await signInOf(clerk).phoneCode.verifyCode({ code: sandbox.outbox.latestCode(phone) })
    expect(signInOf(clerk).status).toBe('complete')
  })

  it('verifies a sign-up’s number by WhatsApp', async () => {
    const sandbox = server.use(createSandbox({ instance: withWhatsApp.instance }))
    const clerk = await loadClerk(sandbox)
    await signUpOf(clerk).create({ phoneNumber: '+15555550111' })
    await signUpOf(clerk).verifications.sendPhoneCode({ channel: 'whatsapp' })
    expect(sandbox.outbox.latest('+15555550111')).toMatchObject({ channel: 'whatsapp', purpose: 'sign_up' })
    await signUpOf(clerk).verifications.verifyPhoneCode({ code: sandbox.outbox.latestCode('+15555550111') })
    expect(signUpOf(clerk).status).toBe('complete')
  })

  it('sends the code with the create when Clerk’s UI names the strategy and channel', async () => {
    const sandbox = server.use(createSandbox(withWhatsApp))
    const clerk = await loadClerk(sandbox)
    // As Clerk's UI builds it from its form: the create's type does not list `channel`.
    const fields = { identifier: phone, strategy: 'phone_code' as const, channel: 'whatsapp' }
    await clerk.client?.signIn.create(fields)
    expect(sandbox.outbox.latest(phone)).toMatchObject({ channel: 'whatsapp', purpose: 'sign_in' })
    expect(sandbox.requests.summary({ afterLoad: true })).toEqual(['POST /client/sign_ins'])
  })

  it('refuses WhatsApp where the instance does not offer it', async () => {
    const sandbox = server.use(createSandbox({ ...presets.phoneCode, users: [{ phoneNumber: phone }] }))
    const clerk = await loadClerk(sandbox)
    const { error } = await signInOf(clerk).phoneCode.sendCode({ phoneNumber: phone, channel: 'whatsapp' })
    expect(isClerkAPIResponseError(error) && error.errors[0]).toMatchObject({
      code: 'form_param_format_invalid',
      meta: { paramName: 'channel' },
    })
    expect(sandbox.outbox.messages).toEqual([])
  })
})
