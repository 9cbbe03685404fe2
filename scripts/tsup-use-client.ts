import { readdir, readFile, writeFile } from 'node:fs/promises'

/**
 * tsup `onSuccess` for client packages built with `treeshake: true`: Rollup's tree-shaking pass
 * drops module directives, so `"use client"` is written back into every emitted module (entries
 * and shared chunks), on line 1 without a newline so source maps still line up.
 */
export async function restoreUseClient(dir = 'dist') {
  for (const file of await readdir(dir)) {
    if (!/\.c?js$/.test(file)) continue
    const code = await readFile(`${dir}/${file}`, 'utf8')
    if (!code.startsWith('"use client";')) await writeFile(`${dir}/${file}`, `"use client";${code}`)
  }
}
