// Frontend API requests per flow (issue 7), counted by packages/flows/src/bench/requests.test.tsx
// with sandbox.requests after Clerk loaded; that test fails when a flow exceeds its budget.
import { runBenchTest } from './run-vitest.mjs'

/** `{ rows, failure }`: one row per flow (`{ flow, budget, requests, list, ok }`). */
export function measureRequests() {
  const { rows, passed, output } = runBenchTest(
    'packages/flows/src/bench/requests.test.tsx',
    '.reports/bench-requests.json',
  )
  if (!rows) return { rows: [], failure: `the requests bench wrote no figures:\n${output}` }
  const checked = rows.map((row) => ({ ...row, ok: row.requests <= row.budget }))
  // A flow that broke before finishing writes no row: the test's failure is the only sign of it.
  return { rows: checked, failure: passed ? null : `the requests bench failed:\n${output}` }
}
