// Runs one benchmark test file through Vitest's unit project and reads the figures it wrote.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

/**
 * Runs `file` and returns `{ rows, passed, output }`: the rows the test wrote to `report` (null
 * when it wrote none) and whether every test in it passed. Vitest's own output is kept for errors.
 */
export function runBenchTest(file, report) {
  rmSync(report, { force: true })
  // Not this process's NODE_ENV: Vite's build() (the size step) set it to production, under which
  // Vitest's unit project cannot load (React's production build, `node:` imports unresolved).
  const { NODE_ENV: _built, ...env } = process.env
  const { status, stdout, stderr } = spawnSync(
    'pnpm',
    ['exec', 'vitest', 'run', '--project', 'unit', '--reporter=dot', file],
    { encoding: 'utf8', env },
  )
  const rows = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : null
  return { rows, passed: status === 0, output: `${stdout}${stderr}` }
}
