// Bundle-size budgets, measured the way an app meets Flowkit: the built packages, resolved through
// their `exports`, built by Vite for production (Rollup, esbuild's minifier), then gzipped. What
// loads first is the budget; what an app loads only on demand is printed beside it. react,
// react-dom and @clerk/* are external (every Clerk app already has them); everything of Flowkit's
// own and its dependencies (@radix-ui/react-dialog for the modal) is counted.
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

const KB = 1024
export const external = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client', '@clerk/*']

/** Whether `id` is left to the app (`@clerk/*`: everything under the scope). */
const isExternal = (id, externals) =>
  externals.some((name) => (name.endsWith('/*') ? id.startsWith(name.slice(0, -1)) : id === name))

/**
 * Bundles `source` as an app entry the way most apps meet Flowkit: a Vite production build (Rollup
 * with esbuild's minifier), which drops unused code, dynamic `import()`s in it included, and splits
 * at the `import()`s that stay. Returns the gzip size of what loads first (the entry chunk and the
 * chunks it imports statically), of what loads only on demand (`lazyGzip`: Clerk's localization
 * table, the QR encoder…), the text that loads first and that of every chunk, the input files that kept bytes in any chunk,
 * and every file resolved (kept or not).
 */
export async function measure(source, { resolveDir = process.cwd(), externals = external } = {}) {
  const resolved = new Set()
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: resolveDir,
    // An app's production build, as every bundler makes it: development-only code drops out.
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        name: 'app',
        resolveId: (id) => (id === 'virtual:app' ? '\0app' : null),
        load(id) {
          if (id === '\0app') return source
          resolved.add(id)
          return null
        },
      },
    ],
    build: {
      write: false,
      minify: 'esbuild',
      target: 'es2022',
      modulePreload: false,
      rollupOptions: {
        input: 'virtual:app',
        external: (id) => isExternal(id, externals),
        output: { format: 'es' },
      },
    },
  })
  const chunks = (Array.isArray(output) ? output[0] : output).output.filter((item) => item.type === 'chunk')
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  // What loads first: the entry and, transitively, what it imports statically.
  const first = new Set()
  const visit = (chunk) => {
    if (first.has(chunk)) return
    first.add(chunk)
    for (const name of chunk.imports) if (byName.has(name)) visit(byName.get(name))
  }
  visit(chunks.find((chunk) => chunk.isEntry))
  const gzipOf = (list) => list.reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0)
  const relative = (id) => (id.startsWith(resolveDir) ? id.slice(resolveDir.length + 1) : id)
  return {
    gzip: gzipOf([...first]),
    lazyGzip: gzipOf(chunks.filter((chunk) => !first.has(chunk))),
    text: [...first].map((chunk) => chunk.code).join('\n'),
    // Every chunk, those loaded on demand too: what tree-shaking checks read.
    allText: chunks.map((chunk) => chunk.code).join('\n'),
    inputs: chunks.flatMap((chunk) =>
      Object.entries(chunk.modules)
        .filter(([, module]) => module.renderedLength > 0)
        .map(([id]) => relative(id)),
    ),
    resolved: [...resolved].map(relative),
  }
}

/** An app that imports `names` from `from` and uses them (so nothing is dropped as unused). */
export const use = (names, from) => `import { ${names.join(', ')} } from '${from}'\nconsole.log(${names.join(', ')})`

/** An app that uses every export of `from` (an app build drops the exports of its own entry). */
export const everyExportOf = (from) => `import * as all from '${from}'\nconsole.log(all)`

export const apps = {
  dropIn: use(['SignInOrUp'], '@flowkit/ui'),
  modal: use(['SignInOrUpModal'], '@flowkit/ui/modal'),
  dialog: everyExportOf('@radix-ui/react-dialog'),
}

/**
 * What each budget bundles and its limit in bytes (gzip). A budget either bundles `entry`, or
 * `measure()`s several apps and returns `{ gzip, limit, note }` itself.
 */
// Every step and task, each measured alone: the "one step alone" budget holds for the largest.
const STEPS = [
  'IdentifierStep',
  'PasswordStep',
  'CodeStep',
  'SecondFactorStep',
  'EmailLinkStep',
  'ChooseStrategyStep',
  'ResetPasswordStep',
  'MissingRequirementsStep',
  'ChooseOrganizationTask',
  'ResetPasswordTask',
  'SetupMfaTask',
  'ProtectCheckStep',
  'EnterpriseSsoStep',
  'WaitlistStep',
]

// The limits are ceilings at what issues 14–17's features measured, with a little room, so that
// growth is a decision; the drop-in's is issue 15's target, 20 KB. docs/performance.md says where
// the bytes go.
export const budgets = [
  {
    name: '@flowkit/flows — every hook',
    entry: everyExportOf('@flowkit/flows'),
    limit: 13 * KB,
  },
  {
    name: '@flowkit/ui — <SignInOrUp/> with every step',
    entry: apps.dropIn,
    limit: 20 * KB,
  },
  {
    name: '@flowkit/ui — one step alone (the largest)',
    async measure() {
      const sizes = await Promise.all(
        STEPS.map(async (step) => [step, (await measure(use([step], '@flowkit/ui'))).gzip]),
      )
      const [step, gzip] = sizes.reduce((largest, row) => (row[1] > largest[1] ? row : largest))
      const code = sizes.find(([name]) => name === 'CodeStep')?.[1] ?? 0
      return { gzip, note: `${step}; CodeStep ${format(code)}; ${STEPS.length} measured` }
    },
    limit: 5.75 * KB,
  },
  {
    name: '@flowkit/ui/modal — (modal app) − (drop-in app)',
    // What opening a modal adds to an app that has the drop-in, against the dialog's own cost + 1 KB.
    // (Subtracting the dialog from the difference instead can go negative: gzip shares strings
    // between the dialog and Flowkit's code, so the parts do not add up.)
    async measure() {
      const [modal, dropIn, dialog] = await Promise.all([
        measure(apps.modal),
        measure(apps.dropIn),
        measure(apps.dialog),
      ])
      const limit = dialog.gzip + 1 * KB
      return { gzip: modal.gzip - dropIn.gzip, limit, note: `dialog alone ${format(dialog.gzip)} + 1 KB` }
    },
  },
]

/** Measures every budget: `{ name, gzip, limit, note, ok }` per row. */
export async function measureBudgets() {
  const rows = []
  for (const budget of budgets) {
    const measured = budget.measure ? await budget.measure() : await measure(budget.entry)
    const limit = measured.limit ?? budget.limit
    rows.push({ name: budget.name, gzip: measured.gzip, limit, note: measured.note ?? '', ok: measured.gzip <= limit })
  }
  return rows
}

export const format = (bytes) => `${(bytes / KB).toFixed(2)} KB`
