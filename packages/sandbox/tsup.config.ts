import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  // SandboxProvider renders ClerkProvider, so the main entry is a client module.
  banner: { js: '"use client";' },
})
