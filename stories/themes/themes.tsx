import type { ReactNode } from 'react'
import { useLayoutEffect } from 'react'
import { UiScope } from '../../packages/ui/src/primitives/ui-options'
import tailwind from '../../packages/ui/test/tailwind-app.css?inline'
import reference from '../../packages/ui/themes/reference.css?inline'
import { tailwindClassNames } from '../../packages/ui/themes/tailwind'

/** The looks Storybook's toolbar switches between. */
export type ThemeName = 'none' | 'reference' | 'tailwind'
export type Scheme = 'light' | 'dark'
export type Direction = 'ltr' | 'rtl'

// The page behind the card, per scheme, for the reference theme (Tailwind's body sets its own).
const page = `
body { margin: 0; background: #f3f4f6; }
[data-theme="dark"] body { background: #030712; }
`

const STYLES: Record<ThemeName, string> = { none: '', reference: `${reference}${page}`, tailwind }

/**
 * Applies a theme, a colour scheme and a direction to the page: the theme's CSS in one `<style>`,
 * `data-theme` and `dir` on `<html>`, and for Tailwind its classes through `classNames`.
 */
export function Themed({
  theme,
  scheme,
  dir,
  children,
}: {
  theme: ThemeName
  scheme: Scheme
  dir: Direction
  children: ReactNode
}) {
  useLayoutEffect(() => {
    const root = document.documentElement
    root.dataset.theme = scheme
    root.dir = dir
    let style = document.getElementById('flowkit-theme') as HTMLStyleElement | null
    if (!style) {
      style = document.createElement('style')
      style.id = 'flowkit-theme'
      document.head.append(style)
    }
    style.textContent = STYLES[theme]
  }, [theme, scheme, dir])
  return theme === 'tailwind' ? <UiScope classNames={tailwindClassNames}>{children}</UiScope> : children
}
