// "Send with WhatsApp instead" on a texted code's step, in the drop-in against the sandbox.
import { presets } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SignInOrUp } from '../../drop-ins/sign-in-or-up'

const server = sandboxServerForFile()
const phone = '+14155550100'
const config = (phoneChannels: ('sms' | 'whatsapp')[]) => ({
  instance: { ...presets.phoneCode.instance, phoneChannels },
  users: [{ phoneNumber: phone, knownClient: true }],
})

describe('CodeStep.SendWithWhatsApp', () => {
  it('sends the code by WhatsApp instead, says so, and the code signs in', async () => {
    const { sandbox, user, visited } = renderWithSandbox(server, config(['sms', 'whatsapp']), (navigate) => (
      <SignInOrUp routing="virtual" navigate={navigate} />
    ))
    await user.type(await screen.findByRole('textbox', { name: 'Phone number' }), `${phone}{Enter}`)
    await screen.findByRole('heading', { name: 'Check your phone' })
    await user.click(screen.getByRole('button', { name: 'Send with WhatsApp instead' }))
    await screen.findByText(`We sent a code to ${phone} on WhatsApp.`)
    expect(screen.queryByRole('button', { name: 'Send with WhatsApp instead' })).toBeNull()
    expect(sandbox.outbox.latest(phone)).toMatchObject({ kind: 'phone_code', channel: 'whatsapp' })
    await user.type(screen.getByRole('textbox', { name: 'Verification code' }), sandbox.outbox.latestCode(phone))
    await expect.poll(() => visited).toEqual(['/'])
  })

  it('is not offered where the instance texts codes by SMS only', async () => {
    const { user } = renderWithSandbox(server, config(['sms']), (navigate) => (
      <SignInOrUp routing="virtual" navigate={navigate} />
    ))
    await user.type(await screen.findByRole('textbox', { name: 'Phone number' }), `${phone}{Enter}`)
    await screen.findByRole('heading', { name: 'Check your phone' })
    expect(screen.queryByRole('button', { name: /WhatsApp/ })).toBeNull()
  })
})
