// Packs each built package into .packs/<name>.tgz, exactly what `npm publish` would upload
// (pnpm rewrites `workspace:` ranges). The examples install these tarballs, not workspace links.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const out = join(root, '.packs')
rmSync(out, { recursive: true, force: true })
mkdirSync(out)

for (const name of readdirSync(join(root, 'packages'))) {
  const file = execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd: join(root, 'packages', name) })
    .toString()
    .trim()
    .split('\n')
    .at(-1)
  // A stable name, so the examples' package.json need not change with each version.
  renameSync(file, join(out, `flowkit-${name}.tgz`))
  console.log(`packed @flowkit/${name} → .packs/flowkit-${name}.tgz`)
}
