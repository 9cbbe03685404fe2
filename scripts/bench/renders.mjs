// Renders per keystroke (issue 7), counted with React's Profiler by
// packages/ui/src/keystroke-renders.test.tsx over 50 keystrokes. Budget: the typed field's part
// renders at most once per keystroke, every other part of the step never.
import { runBenchTest } from './run-vitest.mjs'

/** `{ rows, failure }`: one row per step (`{ step, keystrokes, field, siblings, ok }`). */
export function measureRenders() {
  const { rows, passed, output } = runBenchTest(
    'packages/ui/src/keystroke-renders.test.tsx',
    '.reports/bench-renders.json',
  )
  if (!rows) return { rows: [], failure: `the keystroke bench wrote no figures:\n${output}` }
  const checked = rows.map((row) => ({ ...row, ok: row.field <= row.keystrokes && row.siblings === 0 }))
  return { rows: checked, failure: passed ? null : `the keystroke bench failed:\n${output}` }
}
