import { fileURLToPath } from 'node:url'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import tailwindcss from '@tailwindcss/vite'
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
          // Tests that run the real clerk-js take seconds on a busy 2-core machine: the slowest ui
          // test measured 7.2 s with two `yes` loops running beside the suite (4.8 s in a second
          // run; at the 5 s default, 9 of 483 failed in a third). About 3× that, so a busy
          // machine is not a failure.
          testTimeout: 25_000,
          include: ['packages/*/src/**/*.test.{ts,tsx}'],
          exclude: ['**/*.browser.test.{ts,tsx}', '**/node_modules/**'],
          setupFiles: [...reactSetupFiles, './scripts/vitest.unit-setup.ts', './scripts/vitest.console-spy.ts'],
          server: { deps: { inline: reactInlineDeps } },
        },
      },
      {
        // Clerk's own prebuilt components (@clerk/ui) driven through every flow the sandbox claims:
        // dev-only, never built or published (packages/sandbox/clerk-ui, outside the package's src/).
        extends: true,
        test: {
          name: 'clerk-ui',
          environment: 'jsdom',
          include: ['packages/sandbox/clerk-ui/**/*.test.tsx'],
          setupFiles: ['./scripts/vitest.unit-setup.ts', './packages/sandbox/clerk-ui/setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        // Tailwind compiles the Tailwind theme's app stylesheet for the theme checks (packages/ui/test/tailwind-app.css).
        plugins: [tailwindcss()],
        test: {
          name: 'browser',
          include: ['packages/*/src/**/*.browser.test.{ts,tsx}'],
          browser: {
            ...inChromium(),
            // Screenshot baselines are committed (packages/ui/src/themes/__screenshots__): no
            // diff tolerance beyond anti-aliasing, so a visual change shows in review.
            expect: { toMatchScreenshot: { comparatorName: 'pixelmatch', comparatorOptions: { threshold: 0.1 } } },
          },
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
