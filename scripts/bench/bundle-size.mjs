// Bundle-size budgets (issue 7), measured the way an app meets Flowkit: the built packages,
// resolved through their `exports`, bundled and minified by esbuild, then gzipped. react,
// react-dom and @clerk/* are external (every Clerk app already has them); everything of
// Flowkit's own and its dependencies (clsx, @radix-ui/react-dialog) is counted.
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const KB = 1024
const external = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client', '@clerk/*']

/** Bundles `source` as an app entry; returns the gzip size and the minified text. */
export async function measure(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external,
    logLevel: 'silent',
    metafile: true,
  })
  const text = result.outputFiles[0].text
  return { gzip: gzipSync(text, { level: 9 }).length, text, inputs: Object.keys(result.metafile.inputs) }
}

const use = (names, from) => `import { ${names.join(', ')} } from '${from}'\nconsole.log(${names.join(', ')})`

/** What each budget bundles, and its limit in bytes (gzip). */
export const budgets = [
  {
    name: '@flowkit/flows — every hook',
    entry: `export * from '@flowkit/flows'`,
    limit: 5 * KB,
  },
  {
    name: '@flowkit/ui — <SignInOrUp/> with every step',
    entry: use(['SignInOrUp'], '@flowkit/ui'),
    limit: 12 * KB,
  },
  {
    name: '@flowkit/ui — CodeStep alone',
    entry: use(['CodeStep'], '@flowkit/ui'),
    limit: 3 * KB,
  },
  {
    name: '@flowkit/ui/modal — beyond <SignInOrUp/> and the dialog',
    // The modal's own cost: (modal app) − (drop-in app) − (the dialog alone).
    async measure() {
      const [modal, dropIn, dialog] = await Promise.all([
        measure(use(['SignInOrUpModal'], '@flowkit/ui/modal')),
        measure(use(['SignInOrUp'], '@flowkit/ui')),
        measure(`export * from '@radix-ui/react-dialog'`),
      ])
      return { gzip: modal.gzip - dropIn.gzip - dialog.gzip, note: `dialog alone ${format(dialog.gzip)}` }
    },
    limit: 1 * KB,
  },
]

export const format = (bytes) => `${(bytes / KB).toFixed(2)} KB`
