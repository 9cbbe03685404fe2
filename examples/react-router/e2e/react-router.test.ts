// Flowkit under @clerk/react-router: the production build of examples/react-router, served by
// `react-router-serve`, held to the journey of every framework example.
import { fileURLToPath } from 'node:url'
import { describeFrameworkApp } from '../../../scripts/e2e/framework-app'

describeFrameworkApp({
  name: 'examples/react-router',
  sdk: '@clerk/react-router',
  dir: fileURLToPath(new URL('..', import.meta.url)),
  built: 'build/server/index.js',
  serve: ['node_modules/@react-router/serve/bin.js', 'build/server/index.js'],
  env: { NODE_ENV: 'production' },
  client: 'build/client',
})
