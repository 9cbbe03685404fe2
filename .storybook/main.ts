import { fileURLToPath } from 'node:url'
import type { StorybookConfig } from '@storybook/react-vite'
import tailwindcss from '@tailwindcss/vite'
import { mergeConfig } from 'vite'
import { sourceAliases } from '../scripts/source-aliases.ts'

const root = fileURLToPath(new URL('..', import.meta.url))

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  // public/ holds MSW's mockServiceWorker.js, which the sandbox's browser worker registers.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  // Tailwind compiles the Tailwind theme's stylesheet (stories/themes/tailwind.css) only.
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, { plugins: [tailwindcss()], resolve: { alias: sourceAliases(root) } }),
}

export default config
