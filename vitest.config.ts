import { fileURLToPath } from 'node:url'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'
import { reactAliases, reactInlineDeps, reactSetupFiles } from './scripts/react-matrix.ts'
import { sourceAliases } from './scripts/source-aliases.ts'

// Debian's Chromium, driven by Playwright; flags keep it off the (closed) network.
const chromium = playwright({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
})
// A fresh object per project: Vitest writes instance names into it.
const inChromium = () => ({
  enabled: true,
  headless: true,
  provider: chromium,
  instances: [{ browser: 'chromium' as const }],
})

const root = fileURLToPath(new URL('.', import.meta.url))

// @flowkit/sandbox's fidelity tests run the Next.js examples of Clerk's docs unmodified: their
// `@clerk/nextjs` is `@clerk/react`, and `next/navigation` a stub that records router calls.
const nextExampleAliases = [
  { find: /^@clerk\/nextjs$/, replacement: '@clerk/react' },
  {
    find: /^next\/navigation$/,
    replacement: fileURLToPath(new URL('packages/sandbox/src/fidelity/next-navigation-stub.ts', import.meta.url)),
  },
]

export default defineConfig({
  plugins: [react()],
  resolve: { alias: [...sourceAliases(root), ...reactAliases(root), ...nextExampleAliases] },
  test: {
    // One browser file at a time keeps a 2-core machine responsive and the shared Chromium warm.
    fileParallelism: !process.env.CI,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['packages/*/src/**/*.test.{ts,tsx}'],
          exclude: ['**/*.browser.test.{ts,tsx}', '**/node_modules/**'],
          setupFiles: [...reactSetupFiles, './scripts/vitest.unit-setup.ts', './scripts/vitest.console-spy.ts'],
          server: { deps: { inline: reactInlineDeps } },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/*/src/**/*.browser.test.{ts,tsx}'],
          browser: inChromium(),
        },
      },
      {
        // The examples, built from the packed packages by `pnpm examples`, tested as an app's user
        // would meet them (Playwright + Chromium; the server-rendered HTML of the Next.js build).
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['examples/*/e2e/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: inChromium(),
        },
      },
    ],
  },
})
