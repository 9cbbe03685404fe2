// A phone code by WhatsApp instead of SMS, where the instance offers it (`phone_number.channels`):
// the user asks for it on the code step, and the code (and any resend) goes that way.
import { presets, type SandboxConfig } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SignInOrUpScreen } from '../../test/flow-harness'

const server = sandboxServerForFile()
const phone = '+14155550100'
const withChannels = (phoneChannels: ('sms' | 'whatsapp')[]): SandboxConfig => ({
  instance: { ...presets.phoneCode.instance, phoneChannels },
  users: [{ phoneNumber: phone, knownClient: true }],
})

type User = ReturnType<typeof renderWithSandbox>['user']
async function enter(user: User, label: string, value: string) {
  await user.type(await screen.findByLabelText(label), value)
  await user.click(screen.getByRole('button', { name: 'Continue' }))
}

describe('WhatsApp as the phone code’s channel', () => {
  it('sends the sign-in code by WhatsApp when asked, and signs in with it', async () => {
    const { sandbox, user } = renderWithSandbox(server, withChannels(['sms', 'whatsapp']), (navigate) => (
      <SignInOrUpScreen options={{ navigate }} />
    ))
    await enter(user, 'Identifier', phone)
    await screen.findByRole('heading', { name: 'first-factor' })
    expect(sandbox.outbox.latest(phone)?.channel).toBe('sms')
    await user.click(screen.getByRole('button', { name: 'Send with WhatsApp' }))
    await screen.findByText('Sent with whatsapp')
    expect(sandbox.outbox.latest(phone)?.channel).toBe('whatsapp')
    const prepare = sandbox.requests.afterLoad().at(-1)
    expect(prepare).toMatchObject({ path: '/client/sign_ins/sia_1/prepare_first_factor' })
    expect(prepare?.body).toMatchObject({ strategy: 'phone_code', channel: 'whatsapp' })
    await enter(user, 'Code', sandbox.outbox.latestCode(phone))
    await screen.findByRole('heading', { name: 'complete' })
  })

  it('sends a new account’s verification code by WhatsApp when asked', async () => {
    const { sandbox, user } = renderWithSandbox(server, withChannels(['sms', 'whatsapp']), (navigate) => (
      <SignInOrUpScreen options={{ navigate, mode: 'standard' }} />
    ))
    await enter(user, 'Identifier', '+14155550199')
    await screen.findByRole('heading', { name: 'verify-sign-up' })
    await user.click(screen.getByRole('button', { name: 'Send with WhatsApp' }))
    await screen.findByText('Sent with whatsapp')
    expect(sandbox.outbox.latest('+14155550199')).toMatchObject({ channel: 'whatsapp', purpose: 'sign_up' })
    expect(sandbox.requests.afterLoad().at(-1)?.body).toMatchObject({ strategy: 'phone_code', channel: 'whatsapp' })
    await enter(user, 'Code', sandbox.outbox.latestCode('+14155550199'))
    await screen.findByRole('heading', { name: 'complete' })
  })

  it('is not offered where the instance sends SMS only', async () => {
    const { user } = renderWithSandbox(server, withChannels(['sms']), (navigate) => (
      <SignInOrUpScreen options={{ navigate }} />
    ))
    await enter(user, 'Identifier', phone)
    await screen.findByRole('heading', { name: 'first-factor' })
    expect(screen.queryByRole('button', { name: 'Send with WhatsApp' })).toBeNull()
  })
})
