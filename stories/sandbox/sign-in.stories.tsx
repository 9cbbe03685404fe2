import { useAuth, useSignIn } from '@clerk/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { type FormEvent, useState } from 'react'
import { expect, userEvent, within } from 'storybook/test'
import { sandboxOf } from '../../.storybook/sandbox'
import { presets } from '../../packages/sandbox/src'

/**
 * The smallest email-code sign-in on Clerk's hooks, to show the sandbox at work: every story runs
 * against its own fresh sandbox (`parameters.sandbox`), and `play` reads the code from its outbox.
 */
function EmailCodeSignIn() {
  const { isLoaded, isSignedIn } = useAuth()
  const { signIn, errors, fetchStatus } = useSignIn()
  const [email, setEmail] = useState('')
  const [code, setCode] = useState('')
  const [codeSent, setCodeSent] = useState(false)
  if (!isLoaded) return <p>Loading…</p>
  if (isSignedIn) return <p role="status">You are signed in.</p>

  const sendCode = async (event: FormEvent) => {
    event.preventDefault()
    const { error } = await signIn.emailCode.sendCode({ emailAddress: email })
    setCodeSent(!error)
  }
  const verify = async (event: FormEvent) => {
    event.preventDefault()
    await signIn.emailCode.verifyCode({ code })
    if (signIn.status === 'complete') await signIn.finalize()
  }
  return (
    <main>
      <h1>{codeSent ? 'Check your email' : 'Sign in'}</h1>
      {codeSent ? (
        <form onSubmit={verify}>
          <label htmlFor="code">Code</label>
          <input id="code" autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} />
          {errors.fields.code && <p>{errors.fields.code.longMessage}</p>}
          <button type="submit" disabled={fetchStatus === 'fetching'}>
            Verify
          </button>
        </form>
      ) : (
        <form onSubmit={sendCode}>
          <label htmlFor="email">Email address</label>
          <input
            id="email"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          {errors.fields.identifier && <p>{errors.fields.identifier.longMessage}</p>}
          <button type="submit" disabled={fetchStatus === 'fetching'}>
            Continue
          </button>
        </form>
      )}
    </main>
  )
}

const meta = {
  title: 'Sandbox/Email code sign-in',
  component: EmailCodeSignIn,
  parameters: { sandbox: { ...presets.emailCode, users: [{ emailAddress: 'ada@example.com' }] } },
} satisfies Meta<typeof EmailCodeSignIn>

export default meta
type Story = StoryObj<typeof meta>

export const SignsIn: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement)
    const sandbox = sandboxOf(context)
    await userEvent.type(await canvas.findByLabelText('Email address'), 'ada@example.com')
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }))
    await userEvent.type(await canvas.findByLabelText('Code'), sandbox.outbox.latestCode('ada@example.com'))
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }))

    await expect(await canvas.findByRole('status')).toHaveTextContent('You are signed in.')
    await expect(sandbox.requests.summary({ afterLoad: true })).toEqual([
      'POST /client/sign_ins',
      'POST /client/sign_ins/sia_1/prepare_first_factor',
      'POST /client/sign_ins/sia_1/attempt_first_factor',
      'POST /client/sessions/sess_1/touch',
    ])
  },
}

export const WrongCode: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement)
    const sandbox = sandboxOf(context)
    await userEvent.type(await canvas.findByLabelText('Email address'), 'ada@example.com')
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }))
    const codeField = await canvas.findByLabelText('Code')
    const wrong = sandbox.outbox.latestCode('ada@example.com') === '000000' ? '111111' : '000000'
    await userEvent.type(codeField, wrong)
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }))

    await expect(await canvas.findByText('Incorrect code')).toBeInTheDocument()
  },
}
