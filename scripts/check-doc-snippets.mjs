// The docs copy the examples' files: every fenced block that names one (```tsx file=examples/…)
// must be that file byte for byte, so a changed example cannot leave its documentation behind.
// Checks README.md and docs/*.md; fails if a named file differs or is missing, or if none is named.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const docs = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
]

/** The 1-based line where two texts first differ. */
function firstDifference(a, b) {
  const left = a.split('\n')
  const right = b.split('\n')
  const line = left.findIndex((text, index) => text !== right[index])
  return (line === -1 ? left.length : line) + 1
}

const problems = []
let checked = 0
for (const doc of docs) {
  const lines = readFileSync(join(root, doc), 'utf8').split('\n')
  for (let start = 0; start < lines.length; start++) {
    const open = /^(`{3,})\S*\s.*\bfile=(\S+)/.exec(lines[start])
    if (!open) continue
    const [, fence, file] = open
    const end = lines.findIndex((line, index) => index > start && line === fence)
    if (end === -1) {
      problems.push(`${doc}:${start + 1}: the block copying ${file} is never closed`)
      break
    }
    const copy = `${lines.slice(start + 1, end).join('\n')}\n`
    const path = join(root, file)
    if (!existsSync(path)) problems.push(`${doc}:${start + 1}: ${file} does not exist`)
    else {
      const original = readFileSync(path, 'utf8')
      if (original !== copy)
        problems.push(`${doc}:${start + 1}: differs from ${file} at its line ${firstDifference(original, copy)}`)
    }
    checked++
    start = end
  }
}

if (checked === 0) problems.push('no fenced block names a file (```tsx file=path): nothing was checked')
for (const problem of problems) console.error(`✘ ${problem}`)
console.log(`${checked} documented file copies checked, ${problems.length} problems`)
process.exit(problems.length ? 1 : 0)
