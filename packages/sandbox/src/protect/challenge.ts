/** What Clerk hands a Protect challenge SDK besides its container (`executeProtectCheck`'s init payload). */
export interface ProtectChallengeInit {
  /** The challenge token from `protect_check.token`. */
  token: string
  uiHints?: Record<string, string>
  /** Aborted when the caller no longer needs a proof (the challenge then rejects with an AbortError). */
  signal?: AbortSignal
  /** Called before the widget shows (true) and once it is done (false), as Clerk's UI asks. */
  setWidgetVisible?: (visible: boolean) => Promise<void>
}

/**
 * The sandbox's Protect challenge: the default export of the SDK module it serves at `sdk_url`, in
 * the shape Clerk loads (`(container, { token, uiHints, signal }) => Promise<proofToken>`). It asks
 * the user to type the word at the end of the token ("Type the word harbor") in a labelled field and
 * resolves with `proof:<token>:<what they typed>` when they press Verify (or Enter); the sandbox
 * accepts the proof only when the word matches. It resolves whatever was typed, so a test can fail it.
 *
 * It is served as its own source text, so it must stay self-contained: no imports, nothing from
 * outside its body.
 */
export async function protectChallenge(container: HTMLElement, init: ProtectChallengeInit): Promise<string> {
  const { token, signal, setWidgetVisible } = init
  const word = token.slice(token.lastIndexOf('.') + 1)
  const document = container.ownerDocument
  const id = `sandbox-protect-${token.replace(/[^A-Za-z0-9_-]/g, '')}`

  const group = document.createElement('div')
  group.setAttribute('role', 'group')
  group.setAttribute('aria-labelledby', `${id}-prompt`)
  group.setAttribute('data-sandbox-protect', '')
  const prompt = document.createElement('p')
  prompt.id = `${id}-prompt`
  prompt.append('Type the word ')
  const shown = document.createElement('strong')
  shown.textContent = word
  prompt.append(shown, ' to continue')
  const label = document.createElement('label')
  label.htmlFor = `${id}-answer`
  label.textContent = 'Word'
  const input = document.createElement('input')
  input.id = `${id}-answer`
  input.type = 'text'
  input.autocomplete = 'off'
  input.spellcheck = false
  const button = document.createElement('button')
  button.type = 'button'
  button.textContent = 'Verify'
  group.append(prompt, label, input, button)

  if (setWidgetVisible) await setWidgetVisible(true)
  container.append(group)
  input.focus()

  try {
    return await new Promise<string>((resolve, reject) => {
      const abort = () => {
        const error = new Error('The Protect challenge was aborted')
        error.name = 'AbortError'
        reject(error)
      }
      if (signal?.aborted) return abort()
      signal?.addEventListener('abort', abort, { once: true })
      const submit = () => {
        signal?.removeEventListener('abort', abort)
        resolve(`proof:${token}:${input.value.trim()}`)
      }
      button.addEventListener('click', submit)
      input.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter') return
        event.preventDefault()
        submit()
      })
    })
  } finally {
    group.remove()
    if (setWidgetVisible) await setWidgetVisible(false)
  }
}

/** The ES module served at `sdk_url`: the same function, as its default export. */
export const PROTECT_SDK_SOURCE = `export default ${protectChallenge.toString()}\n`
