// Checks each built package the way its consumers will meet it: publint lints package.json against
// the files in dist, and attw resolves every export of the packed tarball under node16 and bundler.
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const packages = readdirSync(join(root, 'packages'))
let failed = 0

for (const name of packages) {
  const dir = join(root, 'packages', name)
  for (const [tool, args] of [
    ['publint', ['--strict']],
    ['attw', ['--pack', '.', '--profile', 'node16', '--format', 'table-flipped']],
  ]) {
    try {
      execFileSync('pnpm', ['exec', tool, ...args], { cwd: dir, stdio: 'pipe' })
      console.log(`ok   ${tool} @flowkit/${name}`)
    } catch (error) {
      failed++
      console.log(`FAIL ${tool} @flowkit/${name}\n${error.stdout}${error.stderr}`)
    }
  }
}
process.exit(failed ? 1 : 0)
