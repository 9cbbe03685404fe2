import { readdir, readFile, writeFile } from 'node:fs/promises'
import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  // Rollup's tree-shaking pass merges each module's `import … from 'react'` / '@clerk/react' into
  // one statement (esbuild alone keeps one per source file): bytes in every app bundle.
  treeshake: true,
  // That pass drops module directives, so the client boundary is written back afterwards, on line 1
  // without a newline so source maps still line up.
  async onSuccess() {
    for (const file of await readdir('dist')) {
      if (!/\.c?js$/.test(file)) continue
      const code = await readFile(`dist/${file}`, 'utf8')
      if (!code.startsWith('"use client";')) await writeFile(`dist/${file}`, `"use client";${code}`)
    }
  },
})
