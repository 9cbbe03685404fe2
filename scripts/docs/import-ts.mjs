// Imports a TypeScript module of the workspace from a plain Node script: esbuild bundles it (its
// own imports included, npm packages left external) into one ES module that Node then loads. The
// docs generators use it to read typed tables from the sources instead of copying them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'

export async function importTs(file) {
  const { outputFiles } = await build({
    entryPoints: [file],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    packages: 'external',
    logLevel: 'silent',
  })
  const dir = mkdtempSync(join(tmpdir(), 'flowkit-docs-'))
  const out = join(dir, 'module.mjs')
  writeFileSync(out, outputFiles[0].text)
  try {
    return await import(pathToFileURL(out).href)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
