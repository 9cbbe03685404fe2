import Module, { createRequire } from 'node:module'
import { dirname } from 'node:path'

// CommonJS packages (react-dom 18, @testing-library/react's main build) load with Node's own
// require, where Vite's aliases do not reach, and pnpm links their React peers to the workspace's
// React 19. Redirect those requires to the React 18 copies.
const require = createRequire(import.meta.url)
const home = (name: string) => dirname(require.resolve(`${name}/package.json`))
const targets = { react: home('react-18'), 'react-dom': home('react-dom-18') }
const REACT_REQUEST = /^(react|react-dom)(\/.*)?$/

type Resolve = (request: string, ...rest: unknown[]) => string
const loader = Module as unknown as { _resolveFilename: Resolve }
const resolve = loader._resolveFilename
loader._resolveFilename = function (request, ...rest) {
  const match = REACT_REQUEST.exec(request)
  const redirected = match ? `${targets[match[1] as keyof typeof targets]}${match[2] ?? ''}` : request
  return resolve.call(this, redirected, ...rest)
}
