import { presets } from '@flowkit/sandbox'
import { renderWithSandbox, sandboxServerForFile } from '@flowkit/test-support'
import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SignInButton, SignInOrUpModal, SignUpButton } from '../modal'

const server = sandboxServerForFile()
const password = 'correct-horse-battery'
const ada = { ...presets.emailPassword, users: [{ emailAddress: 'ada@example.com', password, knownClient: true }] }

afterEach(() => window.history.replaceState(null, '', '/'))

/** Signs Ada in with her password in the open dialog. */
async function signInInDialog(user: ReturnType<typeof renderWithSandbox>['user']) {
  const dialog = await screen.findByRole('dialog', { name: 'Sign in or sign up' })
  await user.type(await within(dialog).findByRole('textbox', { name: 'Email address' }), 'ada@example.com{Enter}')
  await user.type(await within(dialog).findByLabelText('Password'), `${password}{Enter}`)
}

describe('modal drop-ins', () => {
  it('SignInButton opens <SignIn /> in a dialog that Escape closes, returning focus to the button', async () => {
    const { user } = renderWithSandbox(server, presets.emailCode, () => <SignInButton />)
    const open = screen.getByRole('button', { name: 'Sign in' })
    await user.click(open)
    const dialog = await screen.findByRole('dialog', { name: 'Sign in' })
    expect(await within(dialog).findByRole('heading', { name: 'Sign in' })).toBeInTheDocument()
    expect(window.location.hash).toBe('')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(open).toHaveFocus()
  })

  it('SignUpButton opens <SignUp /> from the consumer’s own trigger', async () => {
    const { user } = renderWithSandbox(server, presets.emailCode, () => (
      <SignUpButton>
        <a href="#join">Join now</a>
      </SignUpButton>
    ))
    await user.click(screen.getByRole('link', { name: 'Join now' }))
    const dialog = await screen.findByRole('dialog', { name: 'Create your account' })
    expect(await within(dialog).findByRole('heading', { name: 'Create your account' })).toBeInTheDocument()
  })

  it('portals into the container from getContainer, and is controllable', async () => {
    const layer = document.body.appendChild(document.createElement('div'))
    const onOpenChange = vi.fn()
    const { user } = renderWithSandbox(server, presets.emailCode, () => (
      <SignInOrUpModal open onOpenChange={onOpenChange} getContainer={() => layer} />
    ))
    const dialog = await screen.findByRole('dialog', { name: 'Sign in or sign up' })
    expect(layer).toContainElement(dialog)
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(false)
    layer.remove()
  })

  it('closes itself once signed in, when the app passes its router’s navigate (issue 17 §2.5)', async () => {
    const onOpenChange = vi.fn()
    const { user, visited } = renderWithSandbox(server, ada, (navigate) => (
      <SignInOrUpModal defaultOpen navigate={navigate} onOpenChange={onOpenChange} fallbackRedirectUrl="/home" />
    ))
    await signInInDialog(user)
    await expect.poll(() => visited).toEqual(['/home'])
    await expect.poll(() => screen.queryByRole('dialog')).toBeNull()
    expect(screen.queryByText('You’re signed in')).toBeNull()
    expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(false)
  })

  it('closes itself once signed in without a navigate too, going on with window.location', async () => {
    const { user } = renderWithSandbox(server, ada, () => <SignInOrUpModal defaultOpen fallbackRedirectUrl="/#home" />)
    await signInInDialog(user)
    // jsdom follows a change of the hash only: the fallback keeps this page, so the modal must close itself.
    await expect.poll(() => window.location.hash).toBe('#home')
    await expect.poll(() => screen.queryByRole('dialog')).toBeNull()
  })

  it('tells a controlled modal’s owner to close it', async () => {
    const onOpenChange = vi.fn()
    const { user, visited } = renderWithSandbox(server, ada, (navigate) => (
      <SignInOrUpModal open navigate={navigate} onOpenChange={onOpenChange} />
    ))
    await signInInDialog(user)
    await expect.poll(() => visited).toEqual(['/'])
    expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(false)
  })
})
