import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  // esbuild's tree-shaking would strip the directive; consumers' bundlers tree-shake instead.
  banner: { js: '"use client";' },
})
