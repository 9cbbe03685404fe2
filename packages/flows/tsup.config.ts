import { defineConfig } from 'tsup'
import { restoreUseClient } from '../../scripts/tsup-use-client'

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  // Rollup's tree-shaking pass merges each module's `import … from 'react'` / '@clerk/react' into
  // one statement (esbuild alone keeps one per source file): bytes in every app bundle.
  treeshake: true,
  onSuccess: () => restoreUseClient(),
})
