import type { Decorator, Preview } from '@storybook/react-vite'
import { type Direction, type Scheme, Themed, type ThemeName } from '../stories/themes/themes'
import { sandboxLoader, withSandbox } from './sandbox'

/** The toolbar's theme, colour scheme and direction, applied to every story. */
const withTheme: Decorator = (Story, { globals }) => (
  <Themed
    theme={(globals.flowkitTheme as ThemeName) ?? 'reference'}
    scheme={(globals.scheme as Scheme) ?? 'light'}
    dir={(globals.dir as Direction) ?? 'ltr'}
  >
    <Story />
  </Themed>
)

const preview: Preview = {
  parameters: {
    // Every story is an accessibility test: an axe violation fails it in `vitest --project storybook`.
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
    // Every story runs against a fresh @flowkit/sandbox; see ./sandbox.tsx for the parameter's shape.
    sandbox: {},
    // The two sizes the theme is checked at (Chromium tests and screenshots), and a tablet.
    viewport: {
      options: {
        mobile: { name: 'Mobile 375×740', styles: { width: '375px', height: '740px' }, type: 'mobile' },
        tablet: { name: 'Tablet 768×1024', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop 1280×800', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
  },
  globalTypes: {
    flowkitTheme: {
      description: 'Flowkit theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'none', title: 'None (unstyled)' },
          { value: 'reference', title: 'Reference (themes/reference.css)' },
          { value: 'tailwind', title: 'Tailwind + shadcn (themes/tailwind)' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { flowkitTheme: 'reference', scheme: 'light', dir: 'ltr' },
  loaders: [sandboxLoader],
  decorators: [withSandbox, withTheme],
  tags: ['autodocs'],
}

export default preview
