// The drop-ins' props, at both levels. Types: `tsc -b` enforces them (each `@ts-expect-error` fails
// the typecheck once its line stops being an error). Run time: the accepted Clerk props render the
// step they should, with a development warning only for the one Flowkit ignores; the rejected
// ones are silent no-ops when rendered — which is why they must be type errors.
import { presets } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen } from '@testing-library/react'
import type { ReactElement } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SignIn } from './sign-in'
import { SignInOrUp } from './sign-in-or-up'
import { SignUp } from './sign-up'
import { TaskChooseOrganization } from './task-drop-ins'

const server = sandboxServerForFile()

afterEach(() => window.history.replaceState(null, '', '/'))

/** Renders `element` on the sandbox; returns the console warnings it caused once its first screen shows. */
async function rendered(element: ReactElement, firstScreen: () => Promise<HTMLElement>) {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  renderWithSandbox(server, presets.emailCode, element)
  await firstScreen()
  return warn.mock.calls.map(([message]) => String(message))
}

const heading = (name: string) => () => screen.findByRole('heading', { name })

describe('drop-in props', () => {
  it('<SignInOrUp /> takes the Clerk props a migration brings along, warning only that appearance is ignored', async () => {
    const warnings = await rendered(
      <SignInOrUp
        routing="path"
        path="/sign-in"
        forceRedirectUrl="/a"
        fallbackRedirectUrl="/b"
        signUpForceRedirectUrl="/c"
        signUpFallbackRedirectUrl="/d"
        initialValues={{ emailAddress: 'ada@example.com' }}
        appearance={{ variables: { colorPrimary: 'red' } }}
        oauthFlow="redirect"
      />,
      heading('Sign in or sign up'),
    )
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveValue('ada@example.com')
    expect(warnings).toEqual([expect.stringMatching(/^Flowkit <SignInOrUp>: `appearance` is ignored/)])
  })

  it('<SignIn /> links to signUpUrl, without a warning', async () => {
    const warnings = await rendered(
      <SignIn routing="hash" signUpUrl="/sign-up" withSignUp={false} transferable />,
      heading('Sign in'),
    )
    // The link to sign up waits for Clerk's settings (an instance may not let anyone sign up).
    expect(await screen.findByRole('link', { name: 'Sign up' })).toHaveAttribute('href', '/sign-up')
    expect(warnings).toEqual([])
  })

  it('<SignUp /> links to signInUrl, without a warning', async () => {
    const warnings = await rendered(
      <SignUp routing="virtual" signInUrl="/sign-in" unsafeMetadata={{ plan: 'pro' }} />,
      heading('Create your account'),
    )
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in')
    expect(warnings).toEqual([])
  })

  it('<TaskChooseOrganization /> takes redirectUrlComplete, and shows its fallback with no task', async () => {
    const warnings = await rendered(
      <TaskChooseOrganization redirectUrlComplete="/dashboard" fallback={<p>No task</p>} />,
      () => screen.findByText('No task'),
    )
    expect(warnings).toEqual([])
  })

  it('rejects props that are not Clerk’s nor Flowkit’s, and values Clerk does not take: at run time they change nothing', async () => {
    const warnings = await rendered(
      <>
        {/* @ts-expect-error: a typo of `fallbackRedirectUrl` is a type error, not a silent no-op */}
        <SignInOrUp routing="virtual" fallbackRedirectURL="/dashboard" />
        {/* @ts-expect-error: `routing` is one of path, hash or virtual */}
        <SignIn routing="memory" />
        {/* @ts-expect-error: `mode` is standard or signUpIfMissing */}
        <SignUp routing="virtual" mode="passwordless" />
        {/* @ts-expect-error: a task drop-in has no sign-in redirect props */}
        <TaskChooseOrganization forceRedirectUrl="/x" fallback={<p>No task</p>} />
      </>,
      heading('Create your account'),
    )
    expect(screen.getByRole('heading', { name: 'Sign in or sign up' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument()
    expect(screen.getByText('No task')).toBeInTheDocument()
    expect(warnings).toEqual([])
  })
})
