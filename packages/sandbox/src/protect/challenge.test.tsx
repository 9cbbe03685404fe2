// The Protect challenge SDK the sandbox serves at `sdk_url`, used as Clerk uses one: its default
// export renders into a container and resolves with a proof token that submitProtectCheck sends.
import { isClerkAPIResponseError } from '@clerk/react/errors'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadClerk, signInOf } from '../../test/headless'
import { createSandbox, presets } from '../index'
import { setupSandboxServer } from '../node'
import type { ProtectChallengeInit } from './challenge'

const server = setupSandboxServer()
beforeAll(() => server.listen())
afterEach(() => {
  server.resetHandlers()
  document.body.replaceChildren()
})
afterAll(() => server.close())

type Challenge = (container: HTMLElement, init: ProtectChallengeInit) => Promise<string>

async function gatedSignIn() {
  const sandbox = server.use(
    createSandbox({
      instance: { ...presets.emailCode.instance, protect: { signIn: true } },
      users: [{ emailAddress: 'ada@example.com' }],
    }),
  )
  const clerk = await loadClerk(sandbox)
  await signInOf(clerk).create({ identifier: 'ada@example.com' })
  const check = signInOf(clerk).protectCheck
  if (!check) throw new Error('the sign-in was not gated')
  return { sandbox, clerk, check }
}

/** The module at `sdk_url`, fetched and imported as a browser would (jsdom cannot import an https URL). */
async function importSdk(sdkUrl: string): Promise<{ response: Response; challenge: Challenge }> {
  const response = await fetch(sdkUrl)
  const source = await response.clone().text()
  const module: { default: Challenge } = await import(
    /* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
  )
  return { response, challenge: module.default }
}

describe('the Protect challenge SDK', () => {
  it('is served as an ES module whose default export asks for the word and resolves a proof the sandbox takes', async () => {
    const { sandbox, clerk, check } = await gatedSignIn()
    const { response, challenge } = await importSdk(check.sdkUrl)
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')

    const container = document.body.appendChild(document.createElement('div'))
    const visible: boolean[] = []
    const proof = challenge(container, {
      token: check.token,
      uiHints: check.uiHints ?? {},
      setWidgetVisible: async (shown) => {
        visible.push(shown)
      },
    })
    const word = sandbox.protect.pending?.word ?? ''
    expect(await screen.findByRole('group', { name: `Type the word ${word} to continue` })).toBeInTheDocument()
    const user = userEvent.setup()
    await user.type(screen.getByRole('textbox', { name: 'Word' }), word)
    await user.click(screen.getByRole('button', { name: 'Verify' }))

    const proofToken = await proof
    expect(proofToken).toBe(sandbox.protect.proofFor(check.token))
    expect(visible).toEqual([true, false])
    expect(container).toBeEmptyDOMElement()
    await signInOf(clerk).submitProtectCheck({ proofToken })
    expect(signInOf(clerk).status).toBe('needs_first_factor')
  })

  it('resolves whatever was typed (Enter submits), so a wrong answer reaches the sandbox and fails', async () => {
    const { sandbox, clerk, check } = await gatedSignIn()
    const container = document.body.appendChild(document.createElement('div'))
    const proof = sandbox.protect.challenge(container, { token: check.token })
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'Word' }), 'not-the-word{Enter}')
    const { error } = await signInOf(clerk).submitProtectCheck({ proofToken: await proof })
    expect(isClerkAPIResponseError(error) && error.errors[0]?.code).toBe('protect_check_failed')
    expect(signInOf(clerk).status).toBe('needs_protect_check')
  })

  it('stops, and takes its widget away, when the caller aborts', async () => {
    const { sandbox, check } = await gatedSignIn()
    const container = document.body.appendChild(document.createElement('div'))
    const controller = new AbortController()
    const proof = sandbox.protect.challenge(container, { token: check.token, signal: controller.signal })
    expect(screen.getByRole('button', { name: 'Verify' })).toBeInTheDocument()
    controller.abort()
    await expect(proof).rejects.toMatchObject({ name: 'AbortError' })
    expect(container).toBeEmptyDOMElement()
  })
})
