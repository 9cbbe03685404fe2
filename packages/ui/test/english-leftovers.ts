// Test-only: the texts on screen that are Flowkit's English (its string table `en`, its error
// messages), for the localization walks: a translated screen must show none of them.
import { messages } from '@flowkit/flows'
import { en } from '../src/localization/en'

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** An English template as a pattern: its `{name}` placeholders match any value. */
const patternOf = (template: string) =>
  new RegExp(
    `^${template
      .split(/\{\w+\}/)
      .map(literal)
      .join('.+?')}$`,
  )

// A template that is only placeholders (`asIdentifier` is `{identifier}`) says no English word.
const english = [...Object.values(en), ...Object.values(messages)]
  .filter((text): text is string => text !== undefined)
  .filter((text) => text.replace(/\{\w+\}/g, '').trim())
  .map((text) => ({ text, pattern: patternOf(text) }))

/** Attributes that give an element its accessible name or say something to the user. */
const SPOKEN = ['aria-label', 'placeholder', 'title', 'alt']

/** Every text a user reads or hears in `root`: text nodes (hidden ones too) and naming attributes. */
function textsIn(root: HTMLElement): string[] {
  const texts: string[] = []
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '')
  for (const element of root.querySelectorAll('*'))
    for (const name of SPOKEN) {
      const value = element.getAttribute(name)
      if (value) texts.push(value)
    }
  return texts.map((text) => text.trim()).filter(Boolean)
}

/**
 * The English strings in `root`, as `text ← en string`; `same` lists strings a language writes as
 * English does (each with its reason in the caller), which are not leftovers.
 */
export function englishLeftovers(root: HTMLElement = document.body, same: readonly string[] = []): string[] {
  return textsIn(root).flatMap((text) =>
    same.includes(text) ? [] : english.filter(({ pattern }) => pattern.test(text)).map((en) => `${text} ← ${en.text}`),
  )
}
