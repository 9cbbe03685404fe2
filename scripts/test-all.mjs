// The whole test suite, in the order a failure is cheapest to find. Every step runs even when an
// earlier one fails, so one run shows everything that is wrong. The last line counts the tests of
// every runner (read from their JSON reports) plus one failure per failed non-test step. A step has
// `minutes` to finish (5 unless it says), about twice what it takes on a busy 2-core machine.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { relative } from 'node:path'

const reports = '.reports'
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports)

const steps = [
  { name: 'lint', command: ['pnpm', 'exec', 'biome', 'ci', '.'] },
  { name: 'typecheck', command: ['pnpm', 'exec', 'tsc', '-b'] },
  // Doc sections generated from typed tables (the journey diagram, the data attributes…) match them.
  { name: 'generated docs', command: ['node', 'scripts/docs/generated.mjs', '--check'] },
  { name: 'build', command: ['pnpm', '-r', 'build'] },
  // Bundle-size budgets and tree-shaking, on the dist/ just built (the same limits `pnpm bench`
  // enforces). Requests per flow and renders per keystroke are asserted by unit tests in the vitest step.
  { name: 'bundle-size budgets', command: ['node', 'scripts/bench/index.mjs', '--no-build', '--sizes-only'] },
  { name: 'package checks', command: ['node', 'scripts/check-packages.mjs'] },
  { name: 'documented exports', command: ['node', 'scripts/check-documented-exports.mjs'] },
  // docs/frameworks.md copies the examples' files; a copy that drifted from its file fails here.
  { name: 'docs copy the examples', command: ['node', 'scripts/check-doc-snippets.mjs'] },
  { name: 'examples from the packed packages', command: ['node', 'scripts/examples.mjs'], minutes: 8 },
  {
    name: 'vitest (unit, browser, storybook, e2e)',
    command: [
      'pnpm',
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reports}/vitest.json`,
    ],
    report: `${reports}/vitest.json`,
    minutes: 20,
  },
  {
    name: 'vitest unit on React 18',
    command: [
      'pnpm',
      'exec',
      'vitest',
      'run',
      '--project',
      'unit',
      // The hooks and the drop-ins, where React's scheduling meets Clerk's: the steps' own
      // rendering does not differ between 18 and 19, and the whole unit suite twice took 7 min.
      'packages/flows',
      'packages/ui/src/drop-ins',
      '--reporter=dot',
      '--reporter=json',
      `--outputFile.json=${reports}/vitest-react18.json`,
    ],
    env: { FLOWKIT_REACT: '18' },
    report: `${reports}/vitest-react18.json`,
    minutes: 10,
  },
  { name: 'storybook build', command: ['pnpm', 'exec', 'storybook', 'build', '-o', 'storybook-static', '--quiet'] },
]

/**
 * Runs one step in its own process group, so a step that hangs (a render loop, a browser that never
 * answers) is stopped with everything it started and counted as failed, and the run goes on.
 */
function run(step) {
  const [bin, ...args] = step.command
  return new Promise((resolve) => {
    const child = spawn(bin, args, { stdio: 'inherit', detached: true, env: { ...process.env, ...step.env } })
    const limit = setTimeout(() => {
      console.log(`✘ ${step.name} took longer than ${step.minutes} min: stopped`)
      process.kill(-child.pid, 'SIGKILL')
    }, step.minutes * 60_000)
    child.on('exit', (code) => {
      clearTimeout(limit)
      resolve(code ?? 1)
    })
  })
}

let passed = 0
let failed = 0
const failedSteps = []
const failedTests = []
for (const step of steps) {
  const started = Date.now()
  console.log(`\n▶ ${step.name}`)
  const status = await run({ minutes: 5, ...step })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(`${status === 0 ? '✔' : '✘'} ${step.name} (${seconds} s)`)
  if (step.report) {
    if (existsSync(step.report)) {
      const result = JSON.parse(readFileSync(step.report, 'utf8'))
      passed += result.numPassedTests
      failed += result.numFailedTests
      for (const file of result.testResults) {
        for (const test of file.assertionResults) {
          if (test.status !== 'failed') continue
          const why = test.failureMessages?.[0]?.split('\n')[0] ?? ''
          failedTests.push(`${relative('.', file.name)} › ${test.fullName}\n      ${why}`)
        }
      }
      // A file that fails to load has no failed test in it, yet the run failed.
      if (status !== 0 && result.numFailedTests === 0) failedSteps.push(step.name)
    } else {
      failedSteps.push(`${step.name} (no report written)`)
    }
  } else if (status !== 0) {
    failedSteps.push(step.name)
  }
}

// Named again at the end, where a CI log's tail shows them.
if (failedTests.length) console.log(`\nFailed tests:\n${failedTests.map((name) => `  ✘ ${name}`).join('\n')}`)
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`)
failed += failedSteps.length
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
