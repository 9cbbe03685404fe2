// Every public export of each built package must be named in that package's README, so nothing
// ships that its users cannot find. Reads the built entries the way a consumer meets them (the
// `import` condition of each `exports` entry): runtime names from importing the JavaScript, type
// names from parsing the declaration file. A name counts as documented when the README has it in
// an inline code span (`Name`, `Name(options)`, `<Name/>`, `Name.Root`) or in a heading.
// Run `pnpm -r build` first. Exits 1 listing the names that are missing.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = new URL('..', import.meta.url).pathname

/** The entries a consumer can import: every `exports` key with an `import` condition (not CSS, not package.json). */
function entriesOf(packageDir) {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
  return Object.entries(manifest.exports ?? {})
    .filter(([, target]) => typeof target === 'object' && target.import)
    .map(([subpath, target]) => ({
      specifier: subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`,
      js: join(packageDir, target.import.default),
      dts: join(packageDir, target.import.types),
    }))
}

/** The names a declaration file exports: `export { A, B as C, type D }`, `export declare …`, `export * from`. */
function declaredNames(dtsFile, seen = new Set()) {
  if (seen.has(dtsFile)) return new Set()
  seen.add(dtsFile)
  const source = readFileSync(dtsFile, 'utf8')
  const names = new Set()
  for (const [, list] of source.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}/gm)) {
    for (const item of list.split(',')) {
      const words = item
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
      const name = words.at(-1)
      if (name) names.add(name)
    }
  }
  const declaration =
    /^export\s+(?:declare\s+)?(?:abstract\s+)?(?:function|const|let|var|class|interface|type|enum|namespace)\s+([\w$]+)/gm
  for (const [, name] of source.matchAll(declaration)) names.add(name)
  for (const [, name] of source.matchAll(/^export\s+\*\s+as\s+([\w$]+)\s+from/gm)) names.add(name)
  for (const [, from] of source.matchAll(/^export\s+\*\s+from\s+['"]([^'"]+)['"]/gm)) {
    const target = resolve(dirname(dtsFile), from.replace(/\.(c?)js$/, '.d.$1ts'))
    for (const name of declaredNames(target, seen)) names.add(name)
  }
  return names
}

/** Runtime export names, or the reason the entry cannot be imported in Node (its types still count). */
async function runtimeNames(jsFile) {
  try {
    return { names: Object.keys(await import(pathToFileURL(jsFile).href)) }
  } catch (error) {
    return { names: [], failure: error instanceof Error ? error.message.split('\n')[0] : String(error) }
  }
}

/** Inline code spans and headings of a README, outside fenced code blocks (an import line there documents nothing). */
function documentedText(readme) {
  const prose = readme.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
  const spans = [...prose.matchAll(/`([^`\n]+)`/g)].map(([, span]) => span.trim())
  const headings = prose.split('\n').filter((line) => /^#{1,6}\s/.test(line))
  return { spans, headings }
}

function isDocumented(name, { spans, headings }) {
  const escaped = name.replace(/\$/g, '\\$')
  const atStartOfSpan = new RegExp(`^<?${escaped}(?![\\w$])`)
  const inHeading = new RegExp(`(^|[^\\w$])${escaped}(?![\\w$])`)
  return spans.some((span) => atStartOfSpan.test(span)) || headings.some((line) => inHeading.test(line))
}

let failed = false
for (const packageName of readdirSync(join(root, 'packages')).sort()) {
  const packageDir = join(root, 'packages', packageName)
  const readmeFile = join(packageDir, 'README.md')
  const readme = existsSync(readmeFile) ? documentedText(readFileSync(readmeFile, 'utf8')) : { spans: [], headings: [] }
  const missing = []
  let total = 0
  let documented = 0
  for (const entry of entriesOf(packageDir)) {
    if (!existsSync(entry.js) || !existsSync(entry.dts)) {
      failed = true
      console.log(`FAIL ${entry.specifier}: ${entry.js} or its types are not built (run pnpm -r build)`)
      continue
    }
    const runtime = await runtimeNames(entry.js)
    if (runtime.failure) console.log(`note ${entry.specifier}: names read from types only (${runtime.failure})`)
    const names = new Set([...runtime.names, ...declaredNames(entry.dts)])
    for (const name of [...names].sort()) {
      total++
      if (isDocumented(name, readme)) documented++
      else missing.push(`${name} (${entry.specifier})`)
    }
  }
  const manifestName = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).name
  console.log(`${missing.length ? 'FAIL' : 'ok  '} ${manifestName}: documented exports: ${documented} of ${total}`)
  if (missing.length) {
    failed = true
    console.log(`     missing from packages/${packageName}/README.md: ${missing.join(', ')}`)
  }
}

// Importing the sandbox starts clerk-js timers that would keep Node alive: leave explicitly.
process.exit(failed ? 1 : 0)
