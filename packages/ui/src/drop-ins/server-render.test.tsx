// @vitest-environment node
import { createSandbox, SandboxProvider } from '@flowkit/sandbox'
import type { ReactNode } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { SignInButton, SignInOrUpModal, SignUpButton } from '../modal'
import { SignIn } from './sign-in'
import { SignInOrUp } from './sign-in-or-up'
import { SignUp } from './sign-up'
import { TaskChooseOrganization, TaskResetPassword, TaskSetupMFA } from './task-drop-ins'

// A server has no window: every drop-in must render (its fallback, until Clerk loads in the browser).
const dropIns: Array<[string, ReactNode]> = [
  ['SignInOrUp', <SignInOrUp key="a" path="/sign-in" fallback={<p>Loading sign-in…</p>} />],
  ['SignIn', <SignIn key="b" signUpUrl="/sign-up" fallback={<p>Loading sign-in…</p>} />],
  ['SignUp', <SignUp key="c" routing="hash" fallback={<p>Loading sign-in…</p>} />],
  ['TaskChooseOrganization', <TaskChooseOrganization key="d" fallback={<p>Loading sign-in…</p>} />],
  ['TaskResetPassword', <TaskResetPassword key="e" fallback={<p>Loading sign-in…</p>} />],
  ['TaskSetupMFA', <TaskSetupMFA key="f" fallback={<p>Loading sign-in…</p>} />],
]

describe('server rendering', () => {
  it.each(dropIns)('renders <%s /> to a string, showing its fallback', (_, dropIn) => {
    expect(typeof window).toBe('undefined')
    const html = renderToString(<SandboxProvider sandbox={createSandbox()}>{dropIn}</SandboxProvider>)
    expect(html).toContain('Loading sign-in…')
  })

  it('renders the modal triggers closed', () => {
    const html = renderToString(
      <SandboxProvider sandbox={createSandbox()}>
        <SignInButton />
        <SignUpButton>
          <a href="/sign-up">Join</a>
        </SignUpButton>
        <SignInOrUpModal trigger={<button type="button">Open</button>} />
      </SandboxProvider>,
    )
    expect(html).toContain('Sign in</button>')
    expect(html).toContain('Join</a>')
    expect(html).toContain('Open</button>')
    expect(html).not.toContain('role="dialog"')
  })
})
