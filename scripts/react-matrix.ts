import { join } from 'node:path'

/**
 * The React 18 leg of the matrix: `FLOWKIT_REACT=18 vitest run --project unit` runs the unit suite
 * with react/react-dom 18.3 (installed as `react-18`/`react-dom-18`). Libraries that import React
 * must be inlined so Vite applies the aliases to them too; otherwise two Reacts would meet.
 */
export const reactMajor = process.env.FLOWKIT_REACT === '18' ? 18 : 19

export function reactAliases(root: string) {
  if (reactMajor !== 18) return []
  const pkg = (name: string) => join(root, 'node_modules', name)
  return [
    { find: /^react$/, replacement: pkg('react-18') },
    { find: /^react\/(.*)$/, replacement: `${pkg('react-18')}/$1` },
    { find: /^react-dom$/, replacement: pkg('react-dom-18') },
    { find: /^react-dom\/(.*)$/, replacement: `${pkg('react-dom-18')}/$1` },
  ]
}

export const reactInlineDeps =
  reactMajor === 18 ? [/@clerk\/react/, /@clerk\/shared/, /@testing-library\/react/, /@radix-ui\//] : []

/** react-dom 18 is CommonJS: its own `require('react')` is redirected by this setup file. */
export const reactSetupFiles = reactMajor === 18 ? ['./scripts/vitest.react18-setup.ts'] : []
