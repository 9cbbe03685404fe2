// Builds the examples from the packed packages, as a user would install them: packs the built
// workspace packages (scripts/pack.mjs), installs each example outside the workspace, builds it.
// The e2e Vitest project then tests the builds. Each example's install and build time is printed.
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } })
const timed = (step) => {
  const started = Date.now()
  step()
  return `${((Date.now() - started) / 1000).toFixed(1)} s`
}

run('node', ['scripts/pack.mjs'], root)
const times = []
for (const name of readdirSync(join(root, 'examples'))) {
  const dir = join(root, 'examples', name)
  console.log(`\n▶ examples/${name}`)
  // Outside the workspace, and never frozen: the tarballs change with every build.
  const install = timed(() =>
    run('pnpm', ['install', '--ignore-workspace', '--no-frozen-lockfile', '--reporter=silent'], dir),
  )
  const build = timed(() => run('pnpm', ['run', 'build'], dir))
  times.push(`examples/${name}: install ${install}, build ${build}`)
}
console.log(`\n${times.join('\n')}`)
