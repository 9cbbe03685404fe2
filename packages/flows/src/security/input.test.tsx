import { presets } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SignInOrUpScreen } from '../../test/flow-harness'
import { normalizeCode } from '../input/normalize-code'
import { normalizeIdentifier } from '../input/normalize-identifier'

const all = { accepts: ['email_address', 'phone_number', 'username'] as const }

describe('identifiers are normalised or refused before any request', () => {
  it.each([
    ['  ada@example.com  ', 'ada@example.com'],
    ['ADA@Example.COM', 'ada@example.com'],
    ['ａｄａ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'ada@example.com'],
    ['\tada@example.com\n', 'ada@example.com'],
    ['ada@exam\u200Bple.com', 'ada@example.com'],
    ['\u2060ada@example.com\uFEFF', 'ada@example.com'],
    ['+1 (415) 555-0100', '+14155550100'],
    ['+１ ４１５ ５５５ ０１００', '+14155550100'],
    ['+٤٤ ٢٠ ٧٩٤٦ ٠٩٥٨', '+442079460958'],
    ['0044 20 7946 0958', '+442079460958'],
  ])('%j becomes %j', (raw, value) => {
    expect(normalizeIdentifier(raw, all)).toMatchObject({ ok: true, value })
  })

  it.each([
    ['', 'empty'],
    [' \u200B ', 'empty'],
    ['ada@', 'invalid_email'],
    ['ada@example', 'invalid_email'],
    ['ada@@example.com', 'invalid_email'],
    ['ada@example.com\nbcc: eve@example.com', 'invalid_email'],
    [`${'a'.repeat(250)}@example.com`, 'too_long'],
    ['12', 'invalid_phone'],
    ['+0 123 456 789', 'invalid_phone'],
    ['+1 234 567 890 123 456 7', 'invalid_phone'],
    ['ada lovelace', 'invalid_username'],
    ['a'.repeat(65), 'too_long'],
  ])('%j is refused (%s)', (raw, problem) => {
    expect(normalizeIdentifier(raw, all)).toMatchObject({ ok: false, problem })
  })
})

describe('codes are normalised or refused before any request', () => {
  it.each([
    ['123456', '123456'],
    [' 123 456 ', '123456'],
    ['Your code is 123 456', '123456'],
    ['123-456', '123456'],
    ['１２３４５６', '123456'],
    ['۱۲۳۴۵۶', '123456'],
    ['१२३४५६', '123456'],
    ['12\u200B3456', '123456'],
  ])('%j becomes %j', (raw, code) => {
    expect(normalizeCode(raw)).toBe(code)
  })

  it.each(['', '12345', '1234567', 'abcdef', 'Your code is 123456, not 654321', '1'.repeat(1000)])(
    '%j is refused',
    (raw) => {
      expect(normalizeCode(raw)).toBeNull()
    },
  )
})

const server = sandboxServerForFile()

describe('through a screen: nothing malformed is sent', () => {
  it.each([
    ['ada@', 'Enter a valid email address.'],
    ['ada@example.com\nbcc: eve@example.com', 'Enter a valid email address.'],
    [`${'a'.repeat(250)}@example.com`, 'Too long.'],
    ['   ', 'Required.'],
  ])('refuses %j with a message and no request', async (raw, message) => {
    const { sandbox, user } = renderWithSandbox(server, presets.emailCode, <SignInOrUpScreen />)
    const field = await screen.findByLabelText('Identifier')
    await user.click(field)
    await user.paste(raw)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(message)
    expect(sandbox.requests.afterLoad()).toEqual([])
  })

  it('sends the normalised address and the code pulled out of a pasted message', async () => {
    const { sandbox, user } = renderWithSandbox(
      server,
      { ...presets.emailCode, users: [{ emailAddress: 'ada@example.com' }] },
      <SignInOrUpScreen />,
    )
    await user.click(await screen.findByLabelText('Identifier'))
    await user.paste('  ＡＤＡ@Example.com\u200B ')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { name: 'first-factor' })
    const code = sandbox.outbox.latestCode('ada@example.com')

    await user.click(screen.getByLabelText('Code'))
    await user.paste('12345')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the 6-digit code.')
    await user.clear(screen.getByLabelText('Code'))
    await user.paste(`Your code is ${code.slice(0, 3)} ${code.slice(3)}`)
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { name: 'complete' })

    const [create, , attempt] = sandbox.requests.afterLoad()
    expect(create?.body.identifier).toBe('ada@example.com')
    expect(attempt?.body.code).toBe(code)
    expect(
      sandbox.requests.summary({ afterLoad: true }).filter((line) => line.endsWith('attempt_first_factor')),
    ).toHaveLength(1)
  })

  it('sends phone numbers as E.164, whatever digits and punctuation were typed', async () => {
    const { sandbox, user } = renderWithSandbox(
      server,
      { ...presets.phoneCode, users: [{ phoneNumber: '+15555550100' }] },
      <SignInOrUpScreen />,
    )
    await user.click(await screen.findByLabelText('Identifier'))
    await user.paste('+１ (５５５) ５５５–０１００')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await screen.findByRole('heading', { name: 'first-factor' })
    expect(sandbox.requests.afterLoad()[0]?.body.identifier).toBe('+15555550100')
  })
})
