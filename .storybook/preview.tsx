import type { Preview } from '@storybook/react-vite'

const preview: Preview = {
  parameters: {
    // Every story is an accessibility test: an axe violation fails it in `vitest --project storybook`.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  tags: ['autodocs'],
}

export default preview
