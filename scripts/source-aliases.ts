import { join } from 'node:path'

/**
 * Resolves `@flowkit/*` to package sources, so tests and stories run the code being edited without
 * a build. The same map is in tsconfig.json `paths`; published builds resolve through `exports`.
 */
export function sourceAliases(root: string) {
  const src = (pkg: string, file: string) => join(root, 'packages', pkg, 'src', file)
  return [
    { find: /^@flowkit\/flows$/, replacement: src('flows', 'index.ts') },
    { find: /^@flowkit\/ui$/, replacement: src('ui', 'index.ts') },
    { find: /^@flowkit\/ui\/modal$/, replacement: src('ui', 'modal.ts') },
    { find: /^@flowkit\/ui\/localization$/, replacement: src('ui', 'localization.ts') },
    { find: /^@flowkit\/sandbox$/, replacement: src('sandbox', 'index.ts') },
    { find: /^@flowkit\/sandbox\/node$/, replacement: src('sandbox', 'node.ts') },
    { find: /^@flowkit\/sandbox\/browser$/, replacement: src('sandbox', 'browser.ts') },
    // Test-only helpers every package's tests share (never published).
    { find: /^@flowkit\/test-support$/, replacement: join(root, 'test-support', 'sandbox.tsx') },
    {
      find: /^@flowkit\/test-support\/virtual-authenticator$/,
      replacement: join(root, 'test-support', 'virtual-authenticator.ts'),
    },
  ]
}
