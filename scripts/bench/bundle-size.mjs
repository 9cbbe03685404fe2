// Bundle-size budgets (issue 7), measured the way an app meets Flowkit: the built packages,
// resolved through their `exports`, bundled and minified by esbuild, then gzipped. react,
// react-dom and @clerk/* are external (every Clerk app already has them); everything of
// Flowkit's own and its dependencies (@radix-ui/react-dialog for the modal) is counted.
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const KB = 1024
export const external = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client', '@clerk/*']

/**
 * Bundles `source` as an app entry; returns the gzip size, the minified text and the input files
 * that contributed bytes to it. `tsconfigRaw: {}` stops esbuild from reading the repository's
 * tsconfig.json, whose `paths` point `@flowkit/*` at the sources: an app gets `dist/`.
 */
export async function measure(source, { resolveDir = process.cwd(), externals = external } = {}) {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external: externals,
    tsconfigRaw: {},
    // An app's production build, as every bundler makes it: development-only code drops out.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    metafile: true,
  })
  const text = result.outputFiles[0].text
  const [output] = Object.values(result.metafile.outputs)
  const inputs = Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path)
  return { gzip: gzipSync(text, { level: 9 }).length, text, inputs, resolved: Object.keys(result.metafile.inputs) }
}

/** An app that imports `names` from `from` and uses them (so nothing is dropped as unused). */
export const use = (names, from) => `import { ${names.join(', ')} } from '${from}'\nconsole.log(${names.join(', ')})`

export const apps = {
  dropIn: use(['SignInOrUp'], '@flowkit/ui'),
  modal: use(['SignInOrUpModal'], '@flowkit/ui/modal'),
  dialog: `export * from '@radix-ui/react-dialog'`,
}

/**
 * What each budget bundles and its limit in bytes (gzip). A budget either bundles `entry`, or
 * `measure()`s several apps and returns `{ gzip, limit, note }` itself.
 */
export const budgets = [
  {
    name: '@flowkit/flows — every hook',
    entry: `export * from '@flowkit/flows'`,
    limit: 5 * KB,
  },
  {
    name: '@flowkit/ui — <SignInOrUp/> with every step',
    entry: apps.dropIn,
    limit: 12 * KB,
  },
  {
    name: '@flowkit/ui — CodeStep alone',
    entry: use(['CodeStep'], '@flowkit/ui'),
    limit: 3 * KB,
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
