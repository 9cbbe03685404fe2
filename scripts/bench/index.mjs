// `pnpm bench`: builds the packages, then prints bundle sizes vs budget (with the
// tree-shaking checks), Frontend API requests per flow vs the minimum, renders per keystroke, and
// the example app's time to input next to Clerk's load time (printed, not a budget).
// Exits 1 when any budget is exceeded or any check fails.
//   --no-build     measure the dist/ already built
//   --sizes-only   sizes and tree-shaking only (the test command's budget step: requests and
//                  renders are asserted by the unit tests it runs anyway)
//   --breakdown    also prints, per size budget, what each source module costs (breakdown.mjs)
//   --no-time-to-input  skips the time-to-input section (Chromium over the built examples/vite-react)
import { spawnSync } from 'node:child_process'
import { breakdown } from './breakdown.mjs'
import { budgets, format, measureBudgets } from './bundle-size.mjs'
import { measureRenders } from './renders.mjs'
import { measureRequests } from './requests.mjs'
import { printTable } from './table.mjs'
import { measureTimeToInput } from './time-to-input.mjs'
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
  'Bundle sizes vs budget (gzip, Vite production build of dist/, production; react, react-dom, @clerk/* external)',
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
if (args.has('--breakdown')) {
  for (const budget of budgets.filter((candidate) => candidate.entry)) {
    const { total, rows } = await breakdown(budget.entry)
    printTable(
      `Where the bytes go: ${budget.name} (${format(total)} from sources; gzip lost if the module were empty)`,
      ['module', 'gzip', 'share'],
      rows.map((row) => ({ ...row, gzip: format(row.gzip), share: `${Math.round((100 * row.gzip) / total)}%` })),
    )
  }
}
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

  if (!args.has('--no-time-to-input')) {
    const timing = await measureTimeToInput()
    if (timing.skipped) console.log(`\nTime to input: skipped (${timing.skipped})`)
    else
      printTable(
        'Time to input: examples/vite-react /sign-in in Chromium, median of 5 cold loads (ms since navigation)',
        ['CPU', 'email field accepts input', 'Clerk loaded', 'input / Clerk', 'before Clerk in every load'],
        timing.rows.map((row) => ({
          CPU: row.rate === 1 ? 'unthrottled' : `${row.rate}× slower (CDP)`,
          'email field accepts input': Math.round(row.input),
          'Clerk loaded': Math.round(row.clerk),
          'input / Clerk': `${Math.round((100 * row.input) / row.clerk)}%`,
          'before Clerk in every load': row.beforeClerk ? 'yes' : 'no',
        })),
      )
  }
}

if (failures.length) {
  console.log(`\n✘ ${failures.length} budget(s) exceeded or check(s) failed:\n- ${failures.join('\n- ')}`)
  process.exit(1)
}
console.log('\n✔ every budget holds')
