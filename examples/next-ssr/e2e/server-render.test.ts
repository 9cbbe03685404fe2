// The server-rendering check: `next build` (run by `pnpm examples`) compiled app/page.tsx, a server
// component importing the drop-ins from the packed @flowkit/ui, and prerendered it. Here we read
// what the server rendered.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const built = (page: string) => fileURLToPath(new URL(`../.next/server/app/${page}.html`, import.meta.url))

function render(page: string): string {
  const file = built(page)
  if (!existsSync(file)) throw new Error(`examples/next-ssr is not built: run \`pnpm examples\` (${file} is missing).`)
  return readFileSync(file, 'utf8')
}

describe('examples/next-ssr: drop-ins imported by a server component', () => {
  it('prerenders the sign-in and sign-up drop-ins ready to type into, the task with its fallback', () => {
    const html = render('index')
    expect(html.match(/data-flowkit-part="drop-in"/g)).toHaveLength(3)
    // Before Clerk loads, each drop-in is its first step with the email field enabled.
    expect(html.match(/<input data-flowkit-part="input"[^>]*type="email"/g)).toHaveLength(3)
    expect(html).not.toMatch(/<input[^>]*disabled/)
    for (const fallback of ['sign-in-or-up', 'sign-in', 'sign-up'])
      expect(html).not.toContain(`<p>Loading ${fallback}…</p>`)
    // A task needs Clerk's session: its fallback until then.
    expect(html).toContain('<p>Loading organizations…</p>')
  })

  it('prerenders the modal entry’s trigger, closed', () => {
    const html = render('modal')
    expect(html).toMatch(/<button type="button" data-flowkit-part="trigger"[^>]*aria-expanded="false"[^>]*>Sign in/)
  })
})
