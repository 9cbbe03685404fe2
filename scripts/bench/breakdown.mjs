// Where a budget's bytes go: for each of Flowkit's source modules in the bundle, what the bundle
// would lose (gzip) if that module were empty. Measured from sources (the bench itself measures
// dist/; the two differ by about 1%). A module's figure includes what only it imports, so figures
// overlap and do not add up to the total; they say which cuts could matter.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { external } from './bundle-size.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const alias = {
  '@flowkit/flows': `${root}packages/flows/src/index.ts`,
  '@flowkit/ui': `${root}packages/ui/src/index.ts`,
  '@flowkit/ui/modal': `${root}packages/ui/src/modal.ts`,
}
const EXPORTED = /^export (?:async )?(?:function|const|let|class) (\w+)/gm
const LISTED = /^export \{([^}]*)\}/gm

/** The value names a module exports: declared (`export const x`) or listed (`export { x, y as z }`). */
function exportedNames(text) {
  const listed = [...text.matchAll(LISTED)].flatMap(([, list]) =>
    list
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item && !item.startsWith('type '))
      .map((item) => item.split(/\s+as\s+/).at(-1)),
  )
  return [...[...text.matchAll(EXPORTED)].map(([, name]) => name), ...listed]
}

/** A module that exports the same names, bound to nothing the minifier can see through. */
const emptied = (path) =>
  exportedNames(readFileSync(path, 'utf8'))
    .map((name) => `export const ${name} = globalThis.x`)
    .join('\n')

async function bundle(source, empty) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    external,
    alias,
    jsx: 'automatic',
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx' } },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    plugins: empty
      ? [
          {
            name: 'empty',
            setup: (b) =>
              b.onLoad({ filter: /\.tsx?$/ }, (args) =>
                args.path === empty ? { contents: emptied(args.path), loader: 'ts' } : undefined,
              ),
          },
        ]
      : [],
  })
  const [output] = Object.values(result.metafile.outputs)
  const modules = Object.entries(output.inputs)
    .filter(([path, input]) => input.bytesInOutput > 0 && path.startsWith('packages/'))
    .map(([path]) => `${root}${path}`)
  return { gzip: gzipSync(result.outputFiles[0].text, { level: 9 }).length, modules }
}

/**
 * `{ total, rows: [{ module, gzip }] }`, largest first, for the app `source`. The entry's own
 * chain (modules whose emptying empties the bundle) is left out: it says nothing.
 */
export async function breakdown(source, { top = 12 } = {}) {
  const whole = await bundle(source)
  const rows = []
  for (const path of whole.modules) {
    const without = await bundle(source, path)
    rows.push({ module: path.slice(root.length).replace(/^packages\//, ''), gzip: whole.gzip - without.gzip })
  }
  rows.sort((a, b) => b.gzip - a.gzip)
  return { total: whole.gzip, rows: rows.filter((row) => row.gzip < 0.9 * whole.gzip).slice(0, top) }
}
