import { readFile, writeFile } from 'node:fs/promises'
import { defineConfig } from 'tsup'

const entries = ['index'] as const

export default defineConfig({
  entry: entries.map((entry) => `src/${entry}.ts`),
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  // Rollup's tree-shaking pass merges each module's `import … from 'react'` into one statement
  // (esbuild alone keeps one per source file): a few hundred bytes of every app bundle.
  treeshake: true,
  // That pass drops module directives, so the client boundary is written back afterwards,
  // on line 1 without a newline so the source maps stay aligned.
  async onSuccess() {
    for (const entry of entries) {
      for (const file of [`dist/${entry}.js`, `dist/${entry}.cjs`]) {
        const code = await readFile(file, 'utf8')
        if (!code.startsWith('"use client";')) await writeFile(file, `"use client";${code}`)
      }
    }
  },
})
