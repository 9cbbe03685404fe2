// Several scenarios in a row in one file, each with a fresh sandbox and a fresh Clerk: what one
// leaves behind (a failed sign-in with field errors, a completed sign-in, a pending sign-up) must not
// reach the next. clerk-js shares the state behind useSignIn()/useSignUp() between instances in a
// page; createClerk() resets it (see create-clerk.ts). Order matters here: do not shuffle.
import { useSignIn, useSignUp } from '@clerk/react'
import { render, screen, waitFor } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadClerk, signInOf, signInState, signUpOf } from '../../test/headless'
import { createSandbox, presets, SandboxProvider } from '../index'
import { setupSandboxServer } from '../node'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const users = [{ emailAddress: 'ada@example.com', password: 'correct-horse-battery', knownClient: true }]

function Probe() {
  const { signIn, errors } = useSignIn()
  const { signUp } = useSignUp()
  return (
    <dl>
      <dt>sign-in</dt>
      <dd>{`${signIn.id ?? 'none'} ${signIn.status}`}</dd>
      <dt>password error</dt>
      <dd>{errors.fields.password?.code ?? 'none'}</dd>
      <dt>sign-up</dt>
      <dd>{signUp.id ?? 'none'}</dd>
    </dl>
  )
}

describe('a fresh Clerk per test', () => {
  it('1. leaves a failed sign-in with a field error behind', async () => {
    const sandbox = server.use(createSandbox({ ...presets.emailPassword, users }))
    const clerk = await loadClerk(sandbox)
    await signInOf(clerk).password({ emailAddress: 'ada@example.com', password: 'wrong-password' })
    expect(signInState(clerk).errors.fields.password?.code).toBe('form_password_incorrect')
  })

  it('2. starts with no sign-in and no errors, and leaves a pending sign-up behind', async () => {
    const sandbox = server.use(createSandbox({ ...presets.emailPassword, users }))
    const clerk = await loadClerk(sandbox)
    expect(signInState(clerk).errors.fields.password).toBeNull()
    expect(signInOf(clerk).id).toBeUndefined()
    expect(signInOf(clerk).status).toBe('needs_identifier')
    await signUpOf(clerk).password({ emailAddress: 'grace@example.com', password: 'a-long-new-password' })
    expect(signUpOf(clerk).status).toBe('missing_requirements')
  })

  it('3. renders a fresh state through SandboxProvider', async () => {
    const sandbox = server.use(createSandbox({ ...presets.emailPassword, users }))
    render(
      <SandboxProvider sandbox={sandbox}>
        <Probe />
      </SandboxProvider>,
    )
    expect(await screen.findByText('none needs_identifier')).toBeInTheDocument()
    expect(screen.getAllByText('none')).toHaveLength(2)
    // Loaded in parallel: the order varies.
    expect(sandbox.requests.summary().sort()).toEqual(['GET /client', 'GET /environment'])
  })

  it('4. after a completed sign-in, the next test is signed out with the same ids again', async () => {
    const first = await loadClerk(server.use(createSandbox({ ...presets.emailPassword, users })))
    await signInOf(first).password({ emailAddress: 'ada@example.com', password: 'correct-horse-battery' })
    await signInOf(first).finalize()
    expect(first.session?.id).toBe('sess_1')

    const sandbox = server.use(createSandbox({ ...presets.emailPassword, users }))
    const second = await loadClerk(sandbox)
    expect(second.session).toBeNull()
    expect(signInOf(second).id).toBeUndefined()
    const { error } = await signInOf(second).password({ emailAddress: 'ada@example.com', password: 'wrong' })
    expect(error).not.toBeNull()
    await waitFor(() => expect(signInState(second).errors.fields.password?.code).toBe('form_password_incorrect'))
  })
})
