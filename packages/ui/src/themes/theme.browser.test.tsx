// The themes, checked in Chromium the way a person meets them: every step and task state, at 375
// and 1280 px wide, light and dark, under the reference theme and the Tailwind theme. Each state is
// rendered once per combination (all of them on one page, each in a labelled section), then checked
// for horizontal overflow, a card width that holds across steps, controls at least 44 px tall, a
// visible focus indicator on every focusable part, and zero axe violations (colour contrast
// included). The main states of the reference theme are also compared with committed screenshots.
import axe from 'axe-core'
import { describe, expect, it } from 'vitest'
import { cdp, page } from 'vitest/browser'
import { render } from 'vitest-browser-react'
import tailwindCss from '../../test/tailwind-app.css?inline'
import { themedElement, themeStates } from '../../test/theme-states'
import referenceCss from '../../themes/reference.css?inline'
import { tailwindClassNames } from '../../themes/tailwind'
import { loadLaterScreens } from '../drop-ins/later-screens'
import { UiScope } from '../primitives/ui-options'

const VIEWPORTS = [
  { name: 'mobile', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
] as const
const SCHEMES = ['light', 'dark'] as const
const THEMES = ['reference', 'tailwind'] as const

// Pictures that are the same bytes every run: no animation (the spinner stands still), no caret.
const STILL =
  '*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }'
const PAGE = `body { margin: 0; padding: 24px 16px; background: #f3f4f6; } [data-theme="dark"] body { background: #030712; }
section { margin-block-end: 24px; padding-block: 8px; }`

function applyPage(theme: (typeof THEMES)[number], scheme: (typeof SCHEMES)[number]) {
  let style = document.getElementById('theme-under-test')
  if (!style) {
    style = document.createElement('style')
    style.id = 'theme-under-test'
    document.head.append(style)
  }
  style.textContent = `${theme === 'reference' ? `${referenceCss}${PAGE}` : tailwindCss}${STILL}`
  // The reference theme is checked through the system's setting, the Tailwind one through shadcn's
  // attribute: both ways a page asks for dark.
  document.documentElement.dataset.theme = theme === 'tailwind' ? scheme : ''
}

async function emulateScheme(scheme: (typeof SCHEMES)[number]) {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] })
}

const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled), select, textarea, [tabindex="0"]'
// Only what a focus indicator can change.
const LOOK = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'border-color', 'background-image']
const lookOf = (element: Element) => {
  const style = getComputedStyle(element)
  return LOOK.map((property) => style.getPropertyValue(property)).join('|')
}

/** The card a state renders: the drop-in, else the task's Root on its own page. */
const cardOf = (section: Element) =>
  section.querySelector<HTMLElement>('[data-flowkit-part="drop-in"], [data-flowkit-part="root"]') as HTMLElement

/** What the page shows wrongly, per state: each check adds a line naming the state. */
function layoutProblems(sections: HTMLElement[], viewportWidth: number) {
  const problems: string[] = []
  if (document.documentElement.scrollWidth > viewportWidth) {
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px > ${viewportWidth} px`)
  }
  const reference = cardOf(sections[0] as HTMLElement).getBoundingClientRect().width
  for (const section of sections) {
    const name = section.getAttribute('aria-label')
    const card = cardOf(section)
    const box = card.getBoundingClientRect()
    if (box.right > viewportWidth + 0.5 || box.left < -0.5) problems.push(`${name}: the card leaves the screen`)
    for (const element of card.querySelectorAll('*')) {
      const inner = element.getBoundingClientRect()
      if (inner.width && (inner.right > box.right + 0.5 || inner.left < box.left - 0.5)) {
        problems.push(
          `${name}: <${element.tagName.toLowerCase()} ${element.getAttribute('data-flowkit-part') ?? ''}> overflows its card`,
        )
        break
      }
    }
    if (Math.abs(box.width - reference) > 16) {
      problems.push(`${name}: the card is ${box.width.toFixed(0)} px wide, the identifier's ${reference.toFixed(0)} px`)
    }
    for (const control of card.querySelectorAll<HTMLElement>('button, input:not([type="checkbox"])')) {
      const height = control.getBoundingClientRect().height
      if (height < 43.5)
        problems.push(
          `${name}: "${control.textContent || control.getAttribute('name')}" is ${height.toFixed(1)} px tall`,
        )
    }
  }
  return problems
}

/** Every focusable part, focused by script as the keyboard would: does its look change? */
function focusProblems(sections: HTMLElement[]) {
  const problems: string[] = []
  for (const section of sections) {
    for (const element of section.querySelectorAll<HTMLElement>(FOCUSABLE)) {
      const before = lookOf(element)
      element.focus()
      const label = `${section.getAttribute('aria-label')}: <${element.tagName.toLowerCase()} ${element.getAttribute('data-flowkit-part') ?? ''}> "${element.textContent?.trim() || element.getAttribute('name') || ''}"`
      if (!element.matches(':focus-visible')) problems.push(`${label} is not :focus-visible when focused`)
      else if (lookOf(element) === before) problems.push(`${label} shows no focus indicator`)
      element.blur()
    }
  }
  return problems
}

async function axeProblems(container: HTMLElement) {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  })
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const section = document.querySelector(String(node.target[0]))?.closest('section')?.getAttribute('aria-label')
      return `${section}: ${violation.id} (${node.failureSummary?.split('\n')[1]?.trim() ?? violation.help})`
    }),
  )
}

const States = ({ tailwind }: { tailwind: boolean }) => (
  <UiScope classNames={tailwind ? tailwindClassNames : {}}>
    <main>
      {themeStates.map((state) => (
        <section key={state.name} aria-label={state.name}>
          {themedElement(state, tailwind ? 'tailwind' : 'reference')}
        </section>
      ))}
    </main>
  </UiScope>
)

/**
 * Waits until every state is on the page as a person would see it: each screen a drop-in loads
 * lazily has arrived (every section has its title) and the QR code is drawn (its encoder loads on
 * first show). Checked before then, a section would be measured, and pinned, without its screen.
 * The screens' modules are fetched before rendering (in the dev server each is transformed on its
 * first request, which a busy machine makes slow); the ceiling is only for that first fetch.
 */
const allShown = async (sections: HTMLElement[]) => {
  const untitled = () =>
    sections
      .filter((section) => !section.querySelector('[data-flowkit-part="title"]'))
      .map((section) => section.getAttribute('aria-label'))
  await expect.poll(untitled, { timeout: 30_000 }).toEqual([])
  await expect
    .poll(() => document.querySelector('[data-flowkit-part="qr-code"] path'), { timeout: 30_000 })
    .toBeTruthy()
}

describe.each(THEMES)('the %s theme', (theme) => {
  describe.each(VIEWPORTS)('at $width px ($name)', (viewport) => {
    it.each(SCHEMES)(
      '%s: fits, holds its width, is focusable visibly, passes axe',
      async (scheme) => {
        await page.viewport(viewport.width, viewport.height)
        await emulateScheme(scheme)
        applyPage(theme, scheme)
        await loadLaterScreens()
        const screen = await render(<States tailwind={theme === 'tailwind'} />)
        const sections = [...document.querySelectorAll<HTMLElement>('main > section')]
        expect(sections).toHaveLength(themeStates.length)
        await allShown(sections)

        expect(layoutProblems(sections, viewport.width)).toEqual([])
        expect(focusProblems(sections)).toEqual([])
        expect(await axeProblems(screen.container)).toEqual([])

        if (theme === 'reference') {
          // Whole pixels: a section's fractional height moves the ones below it by a fraction, and
          // where a fraction rounds decides whether a screenshot is 481 or 482 px tall.
          for (const section of sections) {
            section.style.height = `${Math.ceil(section.getBoundingClientRect().height)}px`
          }
          for (const state of themeStates.filter((candidate) => candidate.baseline)) {
            const section = page.getByRole('region', { name: state.name, exact: true })
            await expect.element(section).toMatchScreenshot(`${state.name}-${viewport.name}-${scheme}`)
          }
        }
        await screen.unmount()
      },
      90_000,
    )
  })
})
