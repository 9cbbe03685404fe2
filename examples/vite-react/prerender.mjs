// The build's last step: writes each prerendered page into the built shell (dist/index.html) as
// dist/<page>.html, which `vite preview` and static hosts serve at /<page>. The page is on screen,
// its email field taking input, before any script has run; main.tsx then hydrates it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'

const server = new URL('./dist-server/', import.meta.url)
const { pageOf, prerenderedPaths, render } = await import(new URL('entry-server.js', server).href)
const shell = readFileSync(new URL('./dist/index.html', import.meta.url), 'utf8')
const emptyRoot = '<div id="root"></div>'
if (!shell.includes(emptyRoot)) throw new Error(`dist/index.html has no ${emptyRoot} to fill`)

for (const path of prerenderedPaths) {
  const html = shell.replace(emptyRoot, `<div id="root" data-page="${pageOf(path)}">${render(path)}</div>`)
  writeFileSync(new URL(`./dist${path}.html`, import.meta.url), html)
  process.stdout.write(`prerendered ${path} → dist${path}.html (${html.length} B)\n`)
}
rmSync(server, { recursive: true })
