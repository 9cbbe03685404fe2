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

// A server has no window: every drop-in must render. The sign-in and sign-up drop-ins render their
// first step, its field ready to type into before Clerk loads in the browser; a task needs Clerk's
// session, so a task drop-in renders its fallback.
const firstSteps: Array<[string, ReactNode, string]> = [
  ['SignInOrUp', <SignInOrUp key="a" path="/sign-in" fallback={<p>Loading…</p>} />, 'Sign in or sign up'],
  ['SignIn', <SignIn key="b" signUpUrl="/sign-up" fallback={<p>Loading…</p>} />, 'Sign in'],
  ['SignUp', <SignUp key="c" routing="hash" fallback={<p>Loading…</p>} />, 'Create your account'],
]
const tasks: Array<[string, ReactNode]> = [
  ['TaskChooseOrganization', <TaskChooseOrganization key="d" fallback={<p>Loading…</p>} />],
  ['TaskResetPassword', <TaskResetPassword key="e" fallback={<p>Loading…</p>} />],
  ['TaskSetupMFA', <TaskSetupMFA key="f" fallback={<p>Loading…</p>} />],
]
const serverRender = (ui: ReactNode) =>
  renderToString(<SandboxProvider sandbox={createSandbox()}>{ui}</SandboxProvider>)

describe('server rendering', () => {
  it.each(firstSteps)(
    'renders <%s /> to a string: its first step, the email field enabled, the submit until hydration not',
    (_, dropIn, title) => {
      expect(typeof window).toBe('undefined')
      const html = serverRender(dropIn)
      expect(html).toContain(`<h1 data-flowkit-part="title" tabindex="-1">${title}</h1>`)
      expect(html).toMatch(/<input data-flowkit-part="input"[^>]*type="email"[^>]*autoComplete="email"/)
      expect(html).not.toMatch(/<input[^>]*disabled/)
      // Typing works at once; the submit waits for hydration (before it, the browser's own submit
      // would reload the page and lose what was typed).
      expect(html).toMatch(/<button data-flowkit-part="submit" type="submit" disabled="">Continue<\/button>/)
      expect(html).not.toContain('Loading…')
    },
  )

  it.each(tasks)('renders <%s /> to a string, showing its fallback', (_, dropIn) => {
    expect(serverRender(dropIn)).toContain('Loading…')
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
