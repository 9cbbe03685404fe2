// Every generated section of the docs: which file, which marker name, and how its text is made
// (from a typed table in the sources, read with importTs). generated.mjs writes or checks them.
import { fileURLToPath } from 'node:url'
import { importTs } from './import-ts.mjs'

const source = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url))
const code = (text) => `\`${text}\``
const row = (cells) => `| ${cells.join(' | ')} |`

let vocabulary
/** @flowkit/ui's data-* vocabulary: a table of parts and a table of attributes, from primitives/data-attributes.ts. */
async function dataAttributeTables() {
  vocabulary ??= importTs(source('packages/ui/src/primitives/data-attributes.ts'))
  const { PARTS, DATA_ATTRIBUTES } = await vocabulary
  const parts = Object.entries(PARTS).map(([part, { what, attributes }]) =>
    row([code(part), what, attributes.map(code).join(', ') || '—']),
  )
  const attributes = Object.entries(DATA_ATTRIBUTES).map(([name, { meaning, values, note, presence }]) => {
    const on = Object.entries(PARTS)
      .filter(([, { attributes }]) => attributes.includes(name))
      .map(([part]) => code(part))
    const taken = presence
      ? `present (\`""\`) or absent: select ${code(`[${name}]`)}`
      : [values?.map(code).join(', '), note].filter(Boolean).join('; ')
    return row([code(name), meaning, on.join(', '), taken])
  })
  return [
    'Every element Flowkit renders names its part in `data-flowkit-part` (also its key in `classNames`):',
    '',
    row(['part', 'what it is', 'its data attributes']),
    row(['---', '---', '---']),
    ...parts,
    '',
    'Each attribute has one meaning, wherever it appears:',
    '',
    row(['attribute', 'meaning', 'on', 'values']),
    row(['---', '---', '---', '---']),
    ...attributes,
  ].join('\n')
}

/** The journey diagram: the tables run over their cases (packages/flows/test/journey-diagram.ts). */
async function journeyDiagram() {
  return (await importTs(source('packages/flows/test/journey-diagram.ts'))).journeyDiagram()
}

/** How a row of clerk-keys.ts reads: the Clerk key(s) a Flowkit string comes from, or why none. */
function clerkSource(source) {
  if (typeof source === 'string') return code(source)
  if (Array.isArray(source)) return source.map(clerkSource).join(', else ')
  if ('none' in source) return `— ${source.none}`
  if ('linkIn' in source) return `the link text of ${code(source.placeholder)} in ${code(source.linkIn)}`
  const joined = source.keys.map(code).join(source.join?.trim() ? ` + ${code(source.join)} + ` : ' + ')
  return source.tail ? `${joined} + ${code(source.tail)}` : joined
}

// A table cell: one line, and a `|` that does not end the cell.
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/** Every localization key with its English and its Clerk source; then the error messages alike. */
async function localizationKeys() {
  const [{ CLERK_KEYS, CLERK_ERRORS, CLERK_GENERIC_ERROR }, { en }, { messages }] = await Promise.all([
    importTs(source('packages/ui/src/localization/clerk-keys.ts')),
    importTs(source('packages/ui/src/localization/en/index.ts')),
    importTs(source('packages/flows/src/errors/messages.ts')),
  ])
  const keys = Object.entries(CLERK_KEYS).map(([key, from]) => row([code(key), cell(en[key]), clerkSource(from)]))
  const errors = Object.entries(CLERK_ERRORS).map(([key, from]) =>
    row([code(key), cell(messages[key] ?? '(the server’s message)'), clerkSource(from)]),
  )
  return [
    `Every string Flowkit renders (${keys.length} keys), its English, and where \`fromClerk\` takes it from in Clerk’s`,
    'localization resource (dotted paths; “else” tries the next when a locale lacks the first):',
    '',
    row(['key', 'English', 'Clerk key']),
    row(['---', '---', '---']),
    ...keys,
    '',
    `Error messages, under \`errors\`: Flowkit’s own messages and its stable codes (${errors.length}). Clerk’s`,
    '`unstable__errors` come along under their own codes too (looked up first, by `messageKey` and',
    `\`clerkCode\`); an error a locale has no text for shows ${code(CLERK_GENERIC_ERROR)}.`,
    '',
    row(['key', 'English', 'Clerk key']),
    row(['---', '---', '---']),
    ...errors,
  ].join('\n')
}

export const sections = [
  { file: 'docs/architecture.md', name: 'journey-diagram', render: journeyDiagram },
  { file: 'packages/ui/README.md', name: 'data-attributes', render: dataAttributeTables },
  { file: 'docs/theming.md', name: 'data-attributes', render: dataAttributeTables },
  { file: 'docs/localization.md', name: 'localization-keys', render: localizationKeys },
]
