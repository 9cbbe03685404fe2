// Same-method sizes of other auth UIs, for docs/performance.md (a manual command, not part of
// `pnpm bench`): each is bundled by esbuild exactly as bundle-size.mjs bundles Flowkit (minified
// ESM for the browser, gzip -9), react and react-dom external, and measured twice: without its
// auth SDK (external, as @clerk/* is for Flowkit) and with it.
//
// The packages are installed outside the repository, with exact versions, from the registry:
//   mkdir -p /tmp/compare && cd /tmp/compare && npm init -y
//   npm i --save-exact react@19.2.3 react-dom@19.2.3 @aws-amplify/ui-react@6.15.6 aws-amplify@6.22.1 \
//     @clerk/ui@1.34.0 @clerk/elements@0.24.20
//   mkdir better-auth-ui && cd better-auth-ui && npm init -y
//   npm i --save-exact --legacy-peer-deps react@19.2.3 react-dom@19.2.3 @daveyplate/better-auth-ui@3.4.0 \
//     better-auth@1.7.25 <its peers: see docs/performance.md>
// then: node scripts/bench/compare.mjs [/tmp/compare]
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { apps, external, format, measure } from './bundle-size.mjs'
import { printTable } from './table.mjs'

const dir = process.argv[2] ?? '/tmp/compare'
const react = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client']
const version = (root, name) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version

const candidates = [
  {
    name: '@aws-amplify/ui-react <Authenticator>',
    root: dir,
    pkg: '@aws-amplify/ui-react',
    source: `import { Authenticator } from '@aws-amplify/ui-react'\nconsole.log(Authenticator)`,
    sdk: [
      'aws-amplify',
      'aws-amplify/*',
      '@aws-amplify/core',
      '@aws-amplify/core/*',
      '@aws-amplify/auth',
      '@aws-amplify/auth/*',
    ],
  },
  {
    name: '@daveyplate/better-auth-ui <AuthView> + createAuthClient',
    root: join(dir, 'better-auth-ui'),
    pkg: '@daveyplate/better-auth-ui',
    source: [
      `import { AuthUIProvider, AuthView } from '@daveyplate/better-auth-ui'`,
      `import { createAuthClient } from 'better-auth/react'`,
      'console.log(AuthUIProvider, AuthView, createAuthClient)',
    ].join('\n'),
    sdk: ['better-auth', 'better-auth/*', '@better-auth/*', '@better-fetch/*'],
  },
  {
    name: '@clerk/elements sign-in (SignIn.*, Clerk.* common)',
    root: dir,
    pkg: '@clerk/elements',
    source: [
      `import * as SignIn from '@clerk/elements/sign-in'`,
      `import * as Clerk from '@clerk/elements/common'`,
      'console.log(SignIn, Clerk)',
    ].join('\n'),
    // Its peer `next` is external in both rows (only Next.js apps have it). Its SDK is the older
    // @clerk/clerk-react line; clerk-js itself comes from Clerk's CDN in both rows.
    always: ['next', 'next/*'],
    sdk: [
      '@clerk/clerk-react',
      '@clerk/clerk-react/*',
      '@clerk/shared',
      '@clerk/shared/*',
      '@clerk/types',
      '@clerk/types/*',
    ],
  },
  {
    name: "@clerk/ui `ui` (Clerk's prebuilt components, lazy chunks inlined)",
    root: dir,
    pkg: '@clerk/ui',
    source: `import { ui } from '@clerk/ui'\nconsole.log(ui)`,
    sdk: ['@clerk/shared', '@clerk/shared/*'],
  },
]

const rows = []
const flowkit = await measure(apps.dropIn)
rows.push({
  ui: 'Flowkit @flowkit/ui <SignInOrUp/> (this repo)',
  version: 'dist/',
  'without SDK': format(flowkit.gzip),
  'with SDK': '@clerk/react, clerk-js not counted',
})

for (const candidate of candidates) {
  const always = [...react, ...(candidate.always ?? [])]
  const measureWith = async (externals) => {
    try {
      return format((await measure(candidate.source, { resolveDir: candidate.root, externals })).gzip)
    } catch (error) {
      return `failed: ${error.errors?.[0]?.text ?? error.message}`
    }
  }
  rows.push({
    ui: candidate.name,
    version: version(candidate.root, candidate.pkg),
    'without SDK': await measureWith([...always, ...candidate.sdk]),
    'with SDK': await measureWith(always),
  })
}

// What Clerk's CDN serves a page showing <SignIn/> when the UI script is prefetched: the browser
// variant's entry and the chunks it names for sign-in (already minified; gzip -9 of each file).
const clerkUi = join(dir, 'node_modules/@clerk/ui/dist')
const entry = readFileSync(join(clerkUi, 'ui.browser.js'), 'utf8')
const variant = readdirSync(clerkUi).find(
  (file) => /^vendors_ui_[0-9a-f]+_/.test(file) && entry.includes(file.split('_')[2]),
)
const hash = variant?.split('_')[2]
const files = [
  'ui.browser.js',
  ...['framework', 'vendors', 'ui-common', 'signin'].map(
    (chunk) => `${chunk}_ui_${hash}_${version(dir, '@clerk/ui')}.js`,
  ),
]
const served = files.map((file) => ({ file, gzip: gzipSync(readFileSync(join(clerkUi, file)), { level: 9 }).length }))
const total = (list) => format(list.reduce((sum, { gzip }) => sum + gzip, 0))
rows.push({
  ui: "@clerk/ui as Clerk's CDN serves it for <SignIn/> (files below)",
  version: version(dir, '@clerk/ui'),
  'without SDK': `${total(served.filter(({ file }) => !file.startsWith('framework')))} (without its React)`,
  'with SDK': `${total(served)} (with its own React)`,
})

printTable(
  `Auth UIs bundled the same way (Vite production build, what loads first, gzip -9; ${react.join(', ')} external; Flowkit: ${external.join(', ')} external)`,
  ['ui', 'version', 'without SDK', 'with SDK'],
  rows,
)
printTable(
  "Clerk's CDN files for <SignIn/> (browser variant; already minified; gzip -9 each)",
  ['file', 'gzip'],
  served.map(({ file, gzip }) => ({ file, gzip: format(gzip) })),
)
