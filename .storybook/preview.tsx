import type { Preview } from '@storybook/react-vite'
import { sandboxLoader, withSandbox } from './sandbox'

const preview: Preview = {
  parameters: {
    // Every story is an accessibility test: an axe violation fails it in `vitest --project storybook`.
    a11y: { test: 'error' },
    controls: { expanded: true },
    // Every story runs against a fresh @flowkit/sandbox; see ./sandbox.tsx for the parameter's shape.
    sandbox: {},
  },
  loaders: [sandboxLoader],
  decorators: [withSandbox],
  tags: ['autodocs'],
}

export default preview
