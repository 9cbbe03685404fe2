// Flowkit under @clerk/tanstack-react-start: the production build of examples/tanstack-start,
// served by `vite preview` (TanStack Start's server build), held to the journey of every framework
// example.
import { fileURLToPath } from 'node:url'
import { describeFrameworkApp } from '../../../scripts/e2e/framework-app'

describeFrameworkApp({
  name: 'examples/tanstack-start',
  sdk: '@clerk/tanstack-react-start',
  dir: fileURLToPath(new URL('..', import.meta.url)),
  built: 'dist/server/server.js',
  serve: ['node_modules/vite/bin/vite.js', 'preview', '--port', '{port}', '--strictPort'],
  client: 'dist/client',
})
