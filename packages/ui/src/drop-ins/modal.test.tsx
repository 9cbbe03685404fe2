import { presets } from '@flowkit/sandbox'
import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { SignInButton, SignInOrUpModal, SignUpButton } from '../modal'
import { renderWithSandbox, sandboxServerForFile } from '../test/sandbox'

const server = sandboxServerForFile()

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
})
