// "Edit" on the identifier, on code and password steps, in the drop-in against the sandbox: back to
// the identifier step with what was typed kept, and a new identifier goes on from there.
import { presets } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createFlow } from '../../../test/flow-fixture'
import { SignInOrUp } from '../../drop-ins/sign-in-or-up'
import { IdentifierStep } from '../identifier'

const server = sandboxServerForFile()
const heading = (name: string) => screen.findByRole('heading', { name })

describe('EditIdentifier', () => {
  it('goes back from the code step to the identifier, kept, and another address goes on', async () => {
    const users = [{ emailAddress: 'ada@example.com' }, { emailAddress: 'grace@example.com' }]
    const { sandbox, user } = renderWithSandbox(server, { ...presets.emailCode, users }, (navigate) => (
      <SignInOrUp routing="virtual" navigate={navigate} />
    ))
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'ada@example.com{Enter}')
    await heading('Check your email')
    await user.click(screen.getByRole('button', { name: 'Edit ada@example.com' }))
    await heading('Sign in or sign up')
    const email = screen.getByRole('textbox', { name: 'Email address' })
    expect(email).toHaveValue('ada@example.com')
    await user.clear(email)
    await user.type(email, 'grace@example.com{Enter}')
    await heading('Check your email')
    expect(screen.getByText('We sent a code to grace@example.com.')).toBeInTheDocument()
    expect(sandbox.outbox.latest('grace@example.com')).toMatchObject({ kind: 'email_code' })
  })

  it('goes back from the password step, the address kept', async () => {
    const ada = { emailAddress: 'ada@example.com', password: 'pw-ada-1234', knownClient: true }
    const { user } = renderWithSandbox(server, { ...presets.emailPassword, users: [ada] }, (navigate) => (
      <SignInOrUp routing="virtual" navigate={navigate} />
    ))
    await user.type(await screen.findByRole('textbox', { name: 'Email address' }), 'ada@example.com{Enter}')
    await heading('Enter your password')
    const edit = screen.getByRole('button', { name: 'Edit ada@example.com' })
    expect(edit).toHaveTextContent('Edit')
    await user.click(edit)
    await heading('Sign in or sign up')
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveValue('ada@example.com')
  })

  it('is not on the identifier step itself', () => {
    render(<IdentifierStep flow={createFlow({ identifier: 'ada@example.com' })} />)
    expect(screen.queryByRole('button', { name: /^Edit/ })).toBeNull()
  })
})
