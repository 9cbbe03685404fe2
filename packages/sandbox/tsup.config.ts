import { defineConfig, type Options } from 'tsup'

const shared: Options = { format: ['esm', 'cjs'], dts: true, sourcemap: true }

// Two configs run in parallel, so neither cleans dist/ (one would delete the other's output).
export default defineConfig([
  // SandboxProvider renders ClerkProvider, so the main entry is a client module.
  { ...shared, entry: { index: 'src/index.ts' }, banner: { js: '"use client";' } },
  // msw/node for Vitest and other Node test runners; msw/browser for Storybook and browser tests.
  { ...shared, entry: { node: 'src/node.ts', browser: 'src/browser.ts' } },
])
