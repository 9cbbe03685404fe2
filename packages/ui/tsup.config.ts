import { readdir, readFile, writeFile } from 'node:fs/promises'
import { defineConfig } from 'tsup'

export default defineConfig({
  // The modal is its own entry so apps that never open one do not bundle @radix-ui/react-dialog.
  entry: ['src/index.ts', 'src/modal.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  // Rollup's tree-shaking pass merges each module's `import … from 'react'` into one statement
  // (esbuild alone keeps one per source file): a few hundred bytes of every app bundle.
  treeshake: true,
  // That pass drops module directives, so the client boundary is written back afterwards into
  // every module (entries and shared chunks), on line 1 without a newline so source maps still line up.
  async onSuccess() {
    for (const file of await readdir('dist')) {
      if (!/\.c?js$/.test(file)) continue
      const code = await readFile(`dist/${file}`, 'utf8')
      if (!code.startsWith('"use client";')) await writeFile(`dist/${file}`, `"use client";${code}`)
    }
  },
})
