// `pnpm bench` (issue 7): builds the packages, then prints bundle sizes vs budget (with the
// tree-shaking checks), Frontend API requests per flow vs the minimum, and renders per keystroke.
// Exits 1 when any budget is exceeded or any check fails.
//   --no-build     measure the dist/ already built
//   --sizes-only   sizes and tree-shaking only (the test command's budget step: requests and
//                  renders are asserted by the unit tests it runs anyway)
import { spawnSync } from 'node:child_process'
import { format, measureBudgets } from './bundle-size.mjs'
import { measureRenders } from './renders.mjs'
import { measureRequests } from './requests.mjs'
import { printTable } from './table.mjs'
import { checkTreeShaking } from './tree-shaking.mjs'

const args = new Set(process.argv.slice(2))
const verdict = (ok) => (ok ? 'ok' : 'OVER')
const failures = []

if (!args.has('--no-build')) {
  console.log('Building the packages (pnpm -r build)…')
  const built = spawnSync('pnpm', ['-r', 'build'], { encoding: 'utf8' })
  if (built.status !== 0) {
    console.error(`${built.stdout}${built.stderr}`)
    console.error('pnpm -r build failed: nothing measured.')
    process.exit(1)
  }
}

const sizes = await measureBudgets()
printTable(
  'Bundle sizes vs budget (gzip, esbuild --minify of dist/; react, react-dom, @clerk/* external)',
  ['budget', 'gzip', 'limit', 'status', 'note'],
  sizes.map((row) => ({
    ...row,
    budget: row.name,
    gzip: format(row.gzip),
    limit: format(row.limit),
    status: verdict(row.ok),
  })),
)
for (const row of sizes) if (!row.ok) failures.push(`${row.name}: ${format(row.gzip)} > ${format(row.limit)}`)

const shaking = await checkTreeShaking()
printTable(
  'Tree-shaking',
  ['check', 'status', 'detail'],
  shaking.map((row) => ({ check: row.name, status: row.ok ? 'ok' : 'FAIL', detail: row.detail })),
)
for (const row of shaking) if (!row.ok) failures.push(`${row.name}: ${row.detail}`)

if (!args.has('--sizes-only')) {
  const requests = measureRequests()
  printTable(
    'Frontend API requests per flow, after Clerk loaded (sandbox.requests) vs the minimum',
    ['flow', 'budget', 'requests', 'status', 'list'],
    requests.rows.map((row) => ({ ...row, status: verdict(row.ok) })),
  )
  for (const row of requests.rows) if (!row.ok) failures.push(`${row.flow}: ${row.requests} requests > ${row.budget}`)
  if (requests.failure) failures.push(requests.failure)

  const renders = measureRenders()
  printTable(
    'Renders per keystroke (React Profiler; budget: typed field ≤ 1 per keystroke, other parts 0)',
    ['step', 'keystrokes', 'field renders', 'per keystroke', 'other parts', 'status'],
    renders.rows.map((row) => ({
      step: row.step,
      keystrokes: row.keystrokes,
      'field renders': row.field,
      'per keystroke': (row.field / row.keystrokes).toFixed(2),
      'other parts': row.siblings,
      status: verdict(row.ok),
    })),
  )
  for (const row of renders.rows)
    if (!row.ok) failures.push(`${row.step}: ${row.field} field / ${row.siblings} other renders`)
  if (renders.failure) failures.push(renders.failure)
}

if (failures.length) {
  console.log(`\n✘ ${failures.length} budget(s) exceeded or check(s) failed:\n- ${failures.join('\n- ')}`)
  process.exit(1)
}
console.log('\n✔ every budget holds')
