// Setup of the clerk-ui suite. jsdom lacks what Clerk's prebuilt components measure the page with;
// they only need the calls to exist. (Flowkit's own components need none of these.)
import { configure } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'

if (!window.matchMedia)
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })

class NoResizeObserver implements ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoResizeObserver

if (!document.elementFromPoint) document.elementFromPoint = () => null
// jsdom implements getComputedStyle but not for pseudo-elements, and says so on every call Clerk makes.
const computedStyle = window.getComputedStyle.bind(window)
window.getComputedStyle = (element: Element) => computedStyle(element)
vi.spyOn(window, 'scrollTo').mockImplementation(() => {})

// Clerk's UI mounts its screens from lazily imported chunks; the first mount in a file takes a while.
// Role queries skip the hidden-element check: it computes every element's style, which with Clerk's
// hundreds of emotion rules in jsdom costs most of a test's time. Clerk's screens swap whole cards,
// so what a query finds is what the user sees (the one hidden submit button has no name).
configure({ asyncUtilTimeout: 10_000, defaultHidden: true })

// Clerk's UI swallows some failed requests (a list it cannot load shows as empty). A request the
// sandbox does not serve, or a route that crashed, must fail the test that made it instead.
let sandboxComplaints: string[] = []
const consoleError = console.error.bind(console)
beforeEach(() => {
  sandboxComplaints = []
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const [first] = args
    if (typeof first === 'string' && first.startsWith('[@flowkit/sandbox]')) sandboxComplaints.push(first)
    consoleError(...args)
  })
})
afterEach(() => {
  vi.mocked(console.error).mockRestore()
  if (sandboxComplaints.length) throw new Error(`The sandbox could not answer:\n${sandboxComplaints.join('\n')}`)
})
