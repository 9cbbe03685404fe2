// Flowkit under @clerk/nextjs: the production build of examples/next-app, served by `next start`,
// held to the journey of every framework example.
import { fileURLToPath } from 'node:url'
import { describeFrameworkApp } from '../../../scripts/e2e/framework-app'

describeFrameworkApp({
  name: 'examples/next-app',
  sdk: '@clerk/nextjs',
  dir: fileURLToPath(new URL('..', import.meta.url)),
  built: '.next/BUILD_ID',
  serve: ['node_modules/next/dist/bin/next', 'start', '--port', '{port}'],
  env: { NEXT_TELEMETRY_DISABLED: '1' },
  client: '.next/static',
})
