import { defineConfig } from 'tsup'
import { restoreUseClient } from '../../scripts/tsup-use-client'

export default defineConfig({
  // The modal is its own entry so apps that never open one do not bundle @radix-ui/react-dialog;
  // the Clerk localization mapping too, which the drop-ins import() only when they need it.
  entry: {
    index: 'src/index.ts',
    modal: 'src/modal.ts',
    localization: 'src/localization.ts',
    'themes/tailwind': 'themes/tailwind.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  // Rollup's tree-shaking pass merges each module's `import … from 'react'` into one statement
  // (esbuild alone keeps one per source file): a few hundred bytes of every app bundle.
  treeshake: true,
  onSuccess: () => restoreUseClient(),
})
