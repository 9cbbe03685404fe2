// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// Issue 17 §2.11: what a new user could not learn from the docs. Each check reads the page a user
// would, so dropping the advice (or adding an example that needs what it does not say) fails here.
const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')
const guides = ['docs/testing-with-the-sandbox.md', 'packages/sandbox/README.md']

/** jest-dom's matchers used on a page's screen queries (`expect.element` is Vitest browser mode's own). */
const JEST_DOM =
  /expect\((?!.*expect\.element)[^\n]*\)\.(not\.)?(toBeInTheDocument|toHaveTextContent|toHaveAttribute|toHaveAccessibleName|toHaveAccessibleDescription|toBeVisible|toHaveValue|toHaveFocus)\(/

describe('the docs say what a new user needs', () => {
  it.each(guides)('%s: examples with jest-dom matchers say to install and register it', (path) => {
    const page = read(path)
    if (!JEST_DOM.test(page)) return
    expect(page).toMatch(/npm install --save-dev[^\n]*@testing-library\/jest-dom/)
    expect(page).toMatch(/import '@testing-library\/jest-dom\/vitest'/)
    expect(page).toMatch(/setupFiles/)
    expect(page, 'the error a missing setup gives, so a search finds the fix').toMatch(/Invalid Chai property/)
  })

  it('an allowed redirect to another origin is a full page load, not your navigate', () => {
    const navigation = read('packages/flows/README.md')
    expect(navigation).toMatch(/allowed other origin[^.]*`window\.location\.assign`[^.]*not[^.]*`navigate`/s)
  })

  it('useAuth().isSignedIn stays false while a session task is pending', () => {
    for (const path of ['packages/flows/README.md', 'docs/testing-with-the-sandbox.md']) {
      expect(read(path), path).toMatch(/`useAuth\(\)\.isSignedIn`[^.]*`false`[^.]*pending[^.]*task/s)
    }
  })
})
